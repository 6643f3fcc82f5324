"""The packaged CAMEO codebook: every code, GDELT Goldstein, QuadClass by root, PLOVER types."""

from __future__ import annotations

import pytest

from eventscope.errors import DataFileError
from eventscope.events.cameo import Codebook


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return Codebook.load()


def test_codebook_has_every_code_and_root(codebook):
    assert len(codebook) == 312
    assert all(f"{root:02d}" in codebook for root in range(1, 21))


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "quad", "plover"),
    [
        ("016", "Deny responsibility", -2.0, 1, "SUPPORT"),
        ("022", "Appeal for diplomatic cooperation (such as policy support)", 3.2, 1, "REQUEST"),
        ("036", "Express intent to meet or negotiate", 4.0, 1, "AGREE"),
        ("042", "Make a visit", 1.9, 1, "CONSULT"),
        ("044", "Meet at a 'third' location", 2.5, 1, "CONSULT"),
        ("057", "Sign formal agreement", 8.0, 1, "SUPPORT"),
        ("073", "Provide humanitarian aid", 7.4, 2, "AID"),
        ("0874", "Retreat or surrender militarily", 10.0, 2, "RETREAT"),
        ("105", "Demand that target yields", -5.0, 3, "REQUEST"),
        ("106", "Demand meeting, negotiation", -5.0, 3, "REQUEST"),
        ("1213", "Reject judicial cooperation", -4.0, 3, "REJECT"),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "COERCE"),
        ("164", "Halt negotiations", -7.0, 4, "SANCTION"),
        ("190", "Use conventional military force", -10.0, 4, "ASSAULT"),
        ("2042", "Detonate nuclear weapons", -10.0, 4, "ASSAULT"),
    ],
)
def test_entries_carry_name_goldstein_quadclass_plover(
    codebook, code, name, goldstein, quad, plover
):
    entry = codebook[code]
    assert (entry.name, entry.goldstein, entry.quad_class, entry.plover) == (
        name,
        goldstein,
        quad,
        plover,
    )


@pytest.mark.parametrize(
    ("roots", "quad"), [(range(1, 6), 1), (range(6, 9), 2), (range(9, 14), 3), (range(14, 21), 4)]
)
def test_quad_class_follows_the_root(codebook, roots, quad):
    wanted = {f"{r:02d}" for r in roots}
    assert {codebook[c].quad_class for c in codebook if c[:2] in wanted} == {quad}


def test_every_code_has_a_plover_type_and_its_root(codebook):
    assert all(codebook[c].plover for c in codebook)
    assert all(codebook[c].root in codebook for c in codebook)


def test_plover_mode_and_context(codebook):
    assert codebook["041"].plover_mode == "phone"
    assert codebook["1124"].plover_context == "military; legal"


def test_get_and_contains_do_not_raise(codebook):
    assert codebook.get("999") is None
    assert "999" not in codebook
    assert codebook.root_name("190") == "FIGHT"
    with pytest.raises(KeyError):
        codebook["999"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("code\tname\n01\tX\n", "lacks column"),
        (
            "code\tname\tgoldstein\tquad_class\tplover\tplover_mode\tplover_context\n"
            "01\tX\tbig\t1\t\t\t\n",
            "line 2",
        ),
        (
            "code\tname\tgoldstein\tquad_class\tplover\tplover_mode\tplover_context\n"
            "1x\tX\t1.0\t1\t\t\t\n",
            "bad code",
        ),
    ],
)
def test_malformed_codebook_raises_data_file_error(tmp_path, content, message):
    path = tmp_path / "codes.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as info:
        Codebook.load(path)
    assert info.value.code == "E400"


def test_missing_codebook_file_raises(tmp_path):
    with pytest.raises(DataFileError, match="cannot read"):
        Codebook.load(tmp_path / "absent.tsv")
