const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe("checkout", () => {
  test("works", async () => {
    await wait(700);
    expect(2 + 2).toBe(4);
  });

  test("names itself", () => {
    expect("checkout").toHaveLength(8);
  });
});
