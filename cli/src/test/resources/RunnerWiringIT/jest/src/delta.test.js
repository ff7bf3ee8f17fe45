test('delta waits', async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
});

test('delta checks', () => {
  expect('delta').toMatch(/^[a-z]+$/);
});
