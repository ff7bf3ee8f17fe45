import pytest


@pytest.mark.parametrize("cents,text", [(0, "0.00"), (1234, "12.34")])
def test_formats(cents, text):
    assert f"{cents // 100}.{cents % 100:02d}" == text
