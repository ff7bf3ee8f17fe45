test('gamma waits', async () => {
  await new Promise((resolve) => setTimeout(resolve, 100));
});

test('gamma checks', () => {
  expect('gamma').toMatch(/^[a-z]+$/);
});
