import time


def test_cart_works():
    time.sleep(0.3)
    assert 2 + 2 == 4


def test_cart_names_itself():
    assert "cart".isalpha()
