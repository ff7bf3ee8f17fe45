test('alpha', () => expect(1).toBe(1));
