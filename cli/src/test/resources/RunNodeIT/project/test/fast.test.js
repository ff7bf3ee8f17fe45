const test = require('node:test');

test('fast waits 20 ms', async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
});
