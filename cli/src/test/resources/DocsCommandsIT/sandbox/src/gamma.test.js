test('gamma', () => expect(1).toBe(1));
