const test = require('node:test');

test('quick waits 40 ms', async () => {
  await new Promise((resolve) => setTimeout(resolve, 40));
});
