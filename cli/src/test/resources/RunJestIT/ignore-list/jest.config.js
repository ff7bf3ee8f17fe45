// As RunJestIT/project, plus a project ignore list: examples/ holds a test file that Jest must
// never run, in any shard, the catch-all included.
module.exports = {
  testEnvironment: "node",
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/examples/"],
  reporters: [
    "default",
    [
      "jest-junit",
      {
        outputDirectory: process.env.PARALLEL_TESTS_REPORTS || "reports",
        outputName: "junit.xml",
        addFileAttribute: "true",
      },
    ],
  ],
};
