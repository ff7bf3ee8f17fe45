const test = require('node:test');

test('medium waits 150 ms', async () => {
  await new Promise((resolve) => setTimeout(resolve, 150));
});
