const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe("cart", () => {
  test("works", async () => {
    await wait(300);
    expect(2 + 2).toBe(4);
  });

  test("names itself", () => {
    expect("cart").toHaveLength(4);
  });
});
