test('beta', () => expect(1).toBe(1));
