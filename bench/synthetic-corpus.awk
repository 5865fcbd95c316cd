# Writes N short synthetic French conflict reports as a Sitrep JSONL document list (written by the Sitrep team,
# no real article text): `awk -v n=20000 -f bench/synthetic-corpus.awk > corpus.jsonl`. The same n gives the
# same corpus on every machine (no random numbers: choices cycle through the lists at coprime strides, and the
# wounded count, cycling over 997, keeps texts distinct for 837,480 documents, so ingest sees no duplicates).
BEGIN {
  if (n == "") n = 300
  split("Alep|Idleb|Homs|Deraa|Raqqa|Hama|Douma|Palmyre|Lattaquié|Deir ez-Zor|Maaret al-Noomane|Jisr al-Choughour|Qousseir|Tadmor|Manbij", place, "|")
  split("L'armée syrienne|Les rebelles|Les jihadistes de l'État islamique|Les forces kurdes|L'aviation russe|Les forces du régime|Des hommes armés", actor, "|")
  split("bombardé|attaqué|pilonné|pris le contrôle de|mené des frappes aériennes sur|lancé une offensive contre", verb, "|")
  split("selon l'Observatoire syrien des droits de l'homme|a indiqué l'agence officielle Sana|selon des militants sur place|a affirmé un responsable local", source, "|")
  split("Des habitants ont fui vers le nord.|Les combats se poursuivaient dans la soirée.|Aucune revendication n'a été publiée.|Les secours cherchaient des survivants.", tail, "|")
  split("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche", day, "|")
  for (i = 0; i < n; i++) {
    p = place[i % 15 + 1]; q = place[(i * 7 + 3) % 15 + 1]
    a = actor[i % 7 + 1]; v = verb[(i * 5) % 6 + 1]; s = source[(i * 3) % 4 + 1]
    dead = (i * 13) % 40 + 2
    month = sprintf("%02d", i % 12 + 1); dom = sprintf("%02d", (i * 11) % 27 + 2)
    aux = a ~ /^(Les|Des) / ? "ont" : "a"
    text = a " " aux " " v " " p " " day[i % 7 + 1] ", tuant au moins " dead " personnes, " s ". " \
           "Des tirs ont aussi visé " q " le même jour, faisant " (i % 997 + 1) " blessés. " tail[(i * 3) % 4 + 1]
    printf "{\"id\":\"synth-%06d\",\"outlet\":\"Synthétique\",\"published\":\"2015-%s-%s\",\"language\":\"fr\",\"title\":null,\"text\":\"%s\"}\n", i, month, dom, text
  }
}
