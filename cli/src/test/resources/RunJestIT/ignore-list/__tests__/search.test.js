const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe("search", () => {
  test("works", async () => {
    await wait(450);
    expect(2 + 2).toBe(4);
  });

  test("names itself", () => {
    expect("search").toHaveLength(6);
  });
});
