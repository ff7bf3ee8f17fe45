const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe("pricing", () => {
  test("works", async () => {
    await wait(150);
    expect(2 + 2).toBe(4);
  });

  test("names itself", () => {
    expect("pricing").toHaveLength(7);
  });
});
