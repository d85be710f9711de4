#!/usr/bin/env python3
"""Maakt de ILLUSTRATIEVE monitorbestanden in deze map (geen echte Deventer-cijfers).

Afleiding (zie ook de kolom 'bron' in elke regel):
- bevolking per leeftijdsgroep 1-1-2024: data/parameters/parameters.csv (staatvandeventer.nl, 103.415 inwoners);
  eerdere jaren: aanname 0,6% groei per jaar (terugrekenen).
- Wmo-maatwerk: 72 per 1.000 inwoners (CBS 86050NED, 2024 voorlopig); eerdere jaren aanname 68/69/70,5 per 1.000;
  verdeeld over 18+ met een aangenomen gebruiksprofiel per hoofd (18-27: 0,15; 28-44: 0,25; 45-64: 0,5; 65-79: 1,3; 80+: 4).
- Jeugdhulp: 1 op 8 jongeren onder 18 (CBS, 2019); jaren 2021-2024 aanname 12,0/12,2/12,4/12,5%;
  profiel per hoofd 0-3: 0,4; 4-12: 1,0; 13-17: 1,3.
- Wlz: 340.000 cliënten op 17,5 mln inwoners = 19,4 per 1.000 (NZa/Vektis 2021), aanname +1,5% per jaar;
  profiel per hoofd 0-3: 0,1; 4-12: 0,25; 13-17..28-44: 0,3; 45-64: 0,4; 65-79: 2; 80+: 20.
- Bijstand: 57 per 1.000 huishoudens (staatvandeventer.nl, 2023) x 46.408 huishoudens (1-1-2024); aanname 59/58/57/56.
- Alle aantallen afgerond op veelvouden van 5, zoals gepubliceerde CBS-aantallen. Het jongste jaar is voorlopig (*);
  de bevolking op 1 januari is definitief;
  in het bestand van vorig jaar lag het voorlopige cijfer 2% lager dan het latere definitieve (aanname).
"""
import os

BANDS = ["0-3", "4-12", "13-17", "18-27", "28-44", "45-64", "65-79", "80+"]
POP2024 = dict(zip(BANDS, [4339, 9763, 5424, 13153, 23339, 27458, 14954, 4985]))
HH2024 = 46408
NOTE = "illustratief, geen echte Deventer-cijfers"
WMO = {2021: 68.0, 2022: 69.0, 2023: 70.5, 2024: 72.0}
WMO_W = {"18-27": 0.15, "28-44": 0.25, "45-64": 0.5, "65-79": 1.3, "80+": 4.0}
JGD = {2021: 0.120, 2022: 0.122, 2023: 0.124, 2024: 0.125}
JGD_W = {"0-3": 0.4, "4-12": 1.0, "13-17": 1.3}
WLZ_W = dict(zip(BANDS, [0.1, 0.25, 0.3, 0.3, 0.3, 0.4, 2.0, 20.0]))
BIJ = {2021: 59, 2022: 58, 2023: 57, 2024: 56}


def r5(x):
    return int(5 * round(x / 5.0))


def pop(year):
    f = 1.006 ** (2024 - year)
    return {b: POP2024[b] / f for b in BANDS}


def rows_for(year, provisional, factor):
    p = pop(year)
    per = f"{year}*" if provisional else str(year)
    out = []
    total_pop = sum(p.values())
    for b in BANDS:
        out.append((str(year), "bevolking", b, r5(p[b]), f"{NOTE}: bevolking 1-1-2024 (staatvandeventer.nl) teruggerekend met 0,6% groei per jaar (aanname); afgerond op 5"))
    out.append((str(year), "bevolking", "totaal", r5(total_pop), f"{NOTE}: som van de leeftijdsgroepen; afgerond op 5"))
    # Wmo
    wmo_total = WMO[year] / 1000 * total_pop * factor
    denom = sum(WMO_W[b] * p[b] for b in WMO_W)
    for b in WMO_W:
        out.append((per, "wmo_maatwerk_clienten", b, r5(wmo_total * WMO_W[b] * p[b] / denom),
                    f"{NOTE}: {str(WMO[year]).replace('.', ',')} per 1.000 inwoners (2024: CBS 86050NED voorlopig; eerdere jaren aanname) x bevolking, verdeeld met aangenomen leeftijdsprofiel; afgerond op 5"))
    out.append((per, "wmo_maatwerk_clienten", "totaal", r5(wmo_total), f"{NOTE}: {str(WMO[year]).replace('.', ',')} per 1.000 inwoners x bevolking; afgerond op 5"))
    # jeugdhulp
    youth = sum(p[b] for b in JGD_W)
    j_total = JGD[year] * youth * factor
    denom = sum(JGD_W[b] * p[b] for b in JGD_W)
    for b in JGD_W:
        out.append((per, "jeugdhulp_clienten", b, r5(j_total * JGD_W[b] * p[b] / denom),
                    f"{NOTE}: {str(JGD[year]*100).replace('.', ',')}% van de 0-17-jarigen (CBS 2019: 1 op 8; jaren aanname), verdeeld met aangenomen leeftijdsprofiel; afgerond op 5"))
    out.append((per, "jeugdhulp_clienten", "totaal", r5(j_total), f"{NOTE}: {str(JGD[year]*100).replace('.', ',')}% van de 0-17-jarigen; afgerond op 5"))
    # Wlz
    w_total = 19.4 / 1000 * total_pop * 1.015 ** (year - 2021) * factor
    denom = sum(WLZ_W[b] * p[b] for b in BANDS)
    for b in BANDS:
        v = r5(w_total * WLZ_W[b] * p[b] / denom)
        # the publisher suppressed the smallest cell in one year ('.'), as CBS does
        value = "." if (b == "0-3" and year == 2022) else v
        out.append((per, "wlz_clienten", b, value,
                    f"{NOTE}: 19,4 per 1.000 inwoners (NZa/Vektis 2021: 340.000 cliënten), +1,5% per jaar (aanname), verdeeld met aangenomen leeftijdsprofiel; afgerond op 5" + ("; door de publicist geheimgehouden" if value == "." else "")))
    out.append((per, "wlz_clienten", "totaal", r5(w_total), f"{NOTE}: 19,4 per 1.000 inwoners, +1,5% per jaar (aanname); afgerond op 5"))
    # bijstand
    hh = HH2024 / 1.006 ** (2024 - year)
    out.append((per, "huishoudens_bijstand", "totaal", r5(BIJ[year] / 1000 * hh * factor),
                f"{NOTE}: {BIJ[year]} per 1.000 huishoudens (2023: staatvandeventer.nl; overige jaren aanname) x huishoudens; afgerond op 5"))
    return out


def write(path, years):
    lines = ["# ILLUSTRATIEF, GEEN ECHTE DEVENTER-CIJFERS. Opgebouwd uit landelijke kengetallen (shared/DOMAIN.md) toegepast op de bevolking van Deventer; zie de kolom bron en data/monitor/maak-voorbeeld.py.",
             "perioden;regio;indicator;leeftijd;waarde;bron"]
    rows = []
    for i, y in enumerate(years):
        last = i == len(years) - 1
        rows += rows_for(y, last and y != years[0], 0.98 if (last and y == 2023) else 1.0)
    # long table ordered per series, then by period (as a StatLine export is)
    order = {k: n for n, k in enumerate(["bevolking", "wmo_maatwerk_clienten", "jeugdhulp_clienten", "wlz_clienten", "huishoudens_bijstand"])}
    bands = {b: n for n, b in enumerate(BANDS + ["totaal"])}
    rows.sort(key=lambda r: (order[r[1]], bands[r[2]], int(r[0].rstrip("*"))))
    for per, ind, band, val, src in rows:
        lines.append(f"{per};GM0150;{ind};{band};{val};{src}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "monitor-voorbeeld-2022-2024.csv"), [2022, 2023, 2024])
write(os.path.join(here, "monitor-voorbeeld-2021-2023.csv"), [2021, 2022, 2023])
