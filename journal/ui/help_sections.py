"""Which classes' keys the help screen lists, under which heading, in reading order."""

from __future__ import annotations

from textual.dom import DOMNode


def help_sections(app_class: type[DOMNode]) -> list[tuple[str, type[DOMNode]]]:
    """Every place in Thaw with keys of its own; a heading may repeat to merge classes."""
    from journal.ui.screens.appointment import AppointmentScreen
    from journal.ui.screens.contacts import ContactsScreen
    from journal.ui.screens.entry import EntryScreen
    from journal.ui.screens.exercise import ExerciseScreen
    from journal.ui.screens.history import HistoryScreen
    from journal.ui.screens.strategies import StrategiesScreen
    from journal.ui.screens.trash import TrashScreen
    from journal.ui.screens.trends import TrendsScreen
    from journal.ui.screens.write import WriteScreen
    from journal.ui.widgets.body_picker import BodyPicker, RegionList, SensationList
    from journal.ui.widgets.entry_list import EntryList
    from journal.ui.widgets.feeling_picker import ChosenList, FeelingPicker, FilterInput
    from journal.ui.widgets.scale import Scale
    from journal.ui.widgets.word_list import WordList

    return [
        ("Everywhere", app_class),
        ("Write", WriteScreen),
        ("Write: a 0 to 10 scale", Scale),
        ("Write: body", BodyPicker),
        ("Write: body", RegionList),
        ("Write: body", SensationList),
        ("Write: feelings", FeelingPicker),
        ("Write: feelings", FilterInput),
        ("Write: feelings", WordList),
        ("Write: feelings", ChosenList),
        ("Strategies", StrategiesScreen),
        ("Strategies: an exercise", ExerciseScreen),
        ("Strategies: reach out", ContactsScreen),
        ("Strategies: an appointment", AppointmentScreen),
        ("History", HistoryScreen),
        ("History: the list", EntryList),
        ("History: an entry", EntryScreen),
        ("History: trash", TrashScreen),
        ("History: trends", TrendsScreen),
    ]
