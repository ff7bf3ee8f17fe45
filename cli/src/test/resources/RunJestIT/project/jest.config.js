// Each shard's JUnit XML goes to its own directory, which `parallel-tests run` passes in
// PARALLEL_TESTS_REPORTS; the file attribute lets the history name units by test file.
module.exports = {
  testEnvironment: "node",
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
