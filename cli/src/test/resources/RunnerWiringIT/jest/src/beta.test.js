test('beta waits', async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
});

test('beta checks', () => {
  expect('beta').toMatch(/^[a-z]+$/);
});
