def test_delta():
    assert True
