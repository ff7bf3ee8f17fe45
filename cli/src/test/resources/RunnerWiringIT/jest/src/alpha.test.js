test('alpha waits', async () => {
  await new Promise((resolve) => setTimeout(resolve, 300));
});

test('alpha checks', () => {
  expect('alpha').toMatch(/^[a-z]+$/);
});
