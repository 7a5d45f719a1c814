"""CNPJ, phone, domain, CEP: what is accepted, how it is stored, what is refused."""

from __future__ import annotations

import pytest

from app.core import identifiers as ids
from app.modules.crm.repository.scoping import search_terms


class TestCnpj:
    @pytest.mark.parametrize("typed", ["11.222.333/0001-81", "11222333000181",
                                       " 11 222 333 0001 81 "])
    def test_any_formatting_is_14_digits(self, typed):
        assert ids.normalize_cnpj(typed) == "11222333000181"

    @pytest.mark.parametrize("typed,reason", [("11.222.333/0001-82", "check digits"),
                                              ("1122233300018", "14 digits"),
                                              ("00000000000000", "invalid")])
    def test_refused(self, typed, reason):
        with pytest.raises(ValueError, match=reason):
            ids.normalize_cnpj(typed)


class TestPhone:
    @pytest.mark.parametrize("typed,stored", [
        ("(11) 98765-4321", "+5511987654321"), ("11 3333-4444", "+551133334444"),
        ("+55 21 99876 5432", "+5521998765432"), ("0 11 98765-4321", "+5511987654321"),
        ("+1 415 555 0100", "+14155550100"), ("0044 20 7946 0958", "+442079460958")])
    def test_e164(self, typed, stored):
        assert ids.normalize_phone(typed) == stored

    @pytest.mark.parametrize("typed", ["12345", "(10) 98765-4321", "(11) 88765-4321",
                                       "+55 11 1234"])
    def test_refused(self, typed):
        with pytest.raises(ValueError):
            ids.normalize_phone(typed)


class TestOthers:
    def test_domain_website_cep_cnae_state(self):
        assert ids.normalize_domain("https://WWW.Exemplo.COM.br/x?y") == "exemplo.com.br"
        assert ids.normalize_domain("produtora.com") == "produtora.com"
        assert ids.normalize_website("exemplo.com.br") == "https://exemplo.com.br"
        assert ids.normalize_cep("01310-100") == "01310100"
        assert ids.normalize_cnae("5911-1/99") == "5911199"
        assert ids.normalize_state(" rj ") == "RJ"
        for bad, fn in [("localhost", ids.normalize_domain), ("123", ids.normalize_cep),
                        ("XX", ids.normalize_state), ("ftp://x.com", ids.normalize_website)]:
            with pytest.raises(ValueError):
                fn(bad)

    def test_search_terms(self):
        assert search_terms("11.222.333/0001-81") == ["11222333000181"]
        assert search_terms("(11) 98765-4321") == ["11987654321"]
        assert search_terms("José  Ávila") == ["jose", "avila"]
        assert search_terms("Ana@X.com") == ["ana@x.com"]
