from harness import Harness, User


async def test_uninvited(harness: Harness) -> None:
    texts = await harness.send(User(5, language_code="en"), "/start")
    assert texts and "invitation" in texts[0]
