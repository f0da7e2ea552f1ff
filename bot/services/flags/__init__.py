"""Flag rules for check-ins and messages to the coach: normalisation, keyword index, loading, rules."""

from bot.services.flags.keywords import FUZZY_MIN, MAX_GAP, KeywordList
from bot.services.flags.loading import SEVERITIES
from bot.services.flags.normalise import SCRIPTS, normalize
from bot.services.flags.rules import Answers, FlagRules, Reason, highest

__all__ = [
    "FUZZY_MIN",
    "MAX_GAP",
    "SCRIPTS",
    "SEVERITIES",
    "Answers",
    "FlagRules",
    "KeywordList",
    "Reason",
    "highest",
    "normalize",
]
