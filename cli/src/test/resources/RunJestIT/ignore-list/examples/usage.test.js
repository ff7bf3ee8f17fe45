// Ignored by the project's testPathIgnorePatterns: a split that runs it has replaced that list.
describe("example", () => {
  test("is never run", () => {
    throw new Error("examples/ is in the project's testPathIgnorePatterns");
  });
});
