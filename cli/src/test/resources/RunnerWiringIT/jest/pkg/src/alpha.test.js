// The same path tail as src/alpha.test.js: a pattern matching "src/alpha.test.js" anywhere would
// also select this file, and run it in two shards.
test('pkg alpha checks', () => {
  expect('pkg').toBe('pkg');
});
