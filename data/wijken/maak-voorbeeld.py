#!/usr/bin/env python3
"""Maakt de ILLUSTRATIEVE buurtcijfers in deze map (geen echte Deventer-cijfers): buurtindicatoren-voorbeeld.csv.

Afleiding (zie ook de kolom 'bron' in elke regel):
- wijken en inwoners per wijk: wijken.csv (namen van staatvandeventer.nl; aantallen illustratief, orde van grootte);
  het totaal is 103.415 inwoners (staatvandeventer.nl, 1-1-2024).
- per wijk 4 tot 7 buurten met codes BU0150wwbb (de volgnummers zijn illustratief, niet de echte CBS-codes);
  inwoners per buurt: de wijk verdeeld met vaste, aangenomen gewichten.
- kenmerken per buurt (aandeel 65+, aandeel 0-17, aandeel huishoudens met laag inkomen, aandeel
  eenpersoonshuishoudens): het wijkprofiel uit PROFIEL hieronder (aanname) plus vaste pseudo-willekeurige spreiding
  (zaad 20241201).
- gebruik per buurt (Wmo-maatwerk, jeugdhulp, bijstand) getrokken uit een Poissonverdeling met een BEKEND
  log-lineair model (COEF hieronder, aanname), zodat het behoeftemodel controleerbaar is; in de Rivierenwijk ligt
  het Wmo-gebruik 30% boven het profiel (de 'bevinding' die het model moet laten zien).
- niveaus zo gekozen dat de stad uitkomt bij de orde van grootte van de landelijke kengetallen (Wmo ~72 per 1.000
  inwoners, CBS 86050NED; jeugdhulp ~1 op 8 jongeren; bijstand ~57 per 1.000 huishoudens, staatvandeventer.nl).
"""
import csv, math, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
NOTE = "illustratief, geen echte Deventer-cijfers"
random.seed(20241201)

# wijkprofiel (aanname): aandeel 65+, aandeel 0-17, aandeel laag inkomen, aandeel eenpersoonshuishoudens
PROFIEL = {
    "Binnenstad": (0.16, 0.08, 0.22, 0.62),
    "Voorstad": (0.14, 0.19, 0.24, 0.45),
    "Zandweerd": (0.17, 0.20, 0.18, 0.40),
    "Keizerslanden": (0.22, 0.18, 0.17, 0.38),
    "Rivierenwijk": (0.13, 0.21, 0.27, 0.47),
    "Borgele en Platvoet": (0.24, 0.17, 0.16, 0.36),
    "De Hoven": (0.21, 0.19, 0.08, 0.28),
    "Colmschate-Noord": (0.20, 0.21, 0.09, 0.27),
    "Colmschate-Zuid": (0.15, 0.24, 0.07, 0.22),
    "Dorpen en overige wijken": (0.23, 0.21, 0.06, 0.25),
}
# bekend model (aanname): log(gebruik per 1.000) = b0 + b65*a65 + b17*a17 + blaag*laag + been*eenp
COEF = {
    "wmo_maatwerk_clienten": (2.60, 4.0, 0.0, 2.0, 1.0),
    "jeugdhulp_clienten": (2.20, 0.0, 5.0, 2.5, 0.5),
    "huishoudens_bijstand": (1.40, -1.0, 1.0, 6.0, 1.5),
}
EXCESS = {"Rivierenwijk": 1.3}  # alleen Wmo


def poisson(lam):
    # Knuth voor kleine, normale benadering voor grote lambda (vast zaad)
    if lam < 50:
        L, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= random.random()
            if p <= L:
                return k
            k += 1
    return max(0, int(round(random.gauss(lam, math.sqrt(lam)))))


def main():
    wijken = []
    with open(os.path.join(HERE, "wijken.csv"), encoding="utf-8") as f:
        for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter=";"):
            wijken.append(r)
    rows = []
    for w in wijken:
        code, naam, inw = w["code"], w["wijk"], int(w["inwoners"])
        n = 4 + (int(code[-2:]) % 4)
        weights = [0.6 + random.random() for _ in range(n)]
        s = sum(weights)
        a65, a17, laag, eenp = PROFIEL[naam]
        for i in range(n):
            bu = f"BU0150{code[-2:]}{i + 1:02d}"
            pop = int(round(inw * weights[i] / s))
            x = (max(0.02, a65 + random.gauss(0, 0.03)), max(0.02, a17 + random.gauss(0, 0.03)),
                 max(0.01, laag + random.gauss(0, 0.03)), max(0.05, eenp + random.gauss(0, 0.05)))
            src = f"{NOTE}: buurtprofiel = wijkprofiel (aanname) + vaste spreiding, zie data/wijken/maak-voorbeeld.py"
            rows.append(("2023", bu, "bevolking", "totaal", pop, f"{NOTE}: inwoners van de wijk (wijken.csv) verdeeld over de buurten (aanname)"))
            for ind, v in zip(("aandeel_65plus", "aandeel_0_17", "aandeel_laag_inkomen", "aandeel_eenpersoonshuishoudens"), x):
                rows.append(("2023", bu, ind, "totaal", f"{v:.3f}".replace(".", ","), src))
            for ind, (b0, b65, b17, bl, be) in COEF.items():
                rate = math.exp(b0 + b65 * x[0] + b17 * x[1] + bl * x[2] + be * x[3])
                if ind == "wmo_maatwerk_clienten":
                    rate *= EXCESS.get(naam, 1.0)
                count = poisson(rate * pop / 1000.0)
                rows.append(("2023", bu, ind, "totaal", count,
                             f"{NOTE}: Poisson-trekking uit een bekend log-lineair model (aanname, maak-voorbeeld.py)"))
    with open(os.path.join(HERE, "buurtindicatoren-voorbeeld.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("# ILLUSTRATIEF, GEEN ECHTE DEVENTER-CIJFERS. Buurtcijfers in de monitorindeling (CBS StatLine-stijl), "
                "gemaakt met data/wijken/maak-voorbeeld.py; zie de kolom bron.\n")
        f.write("perioden;regio;indicator;leeftijd;waarde;bron\n")
        for r in rows:
            f.write(";".join(str(c) for c in r) + "\n")


if __name__ == "__main__":
    main()
