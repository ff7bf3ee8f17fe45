test('delta', () => expect(1).toBe(1));
