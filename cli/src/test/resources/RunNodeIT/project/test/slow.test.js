const test = require('node:test');

test('slow waits 600 ms', async () => {
  await new Promise((resolve) => setTimeout(resolve, 600));
});
