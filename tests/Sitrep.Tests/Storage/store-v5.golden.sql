-- A store as schema version 5 wrote it: store-v4.golden.sql brought up to version 5 by sitrep c8b52a4, then
-- `sqlite3 STORE .dump`, with a few claims and labels added by hand for awkward values (escapes in text and lists,
-- nulls, reals of every size). Loaded by ClaimAndLabelRowsTests.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE event_clusters (
    event_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "documents" (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    outlet TEXT,
    published TEXT,
    language TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    origin TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    output_hash TEXT NOT NULL,
    resource_version TEXT NOT NULL,
    coded_at TEXT NOT NULL
);
INSERT INTO documents VALUES(1,'zz-2','AFP','2016-12-06','fr','Frappes sur Alep','L''armée syrienne a bombardé mardi le quartier de Bustan al-Qasr à Alep, tuant au moins 12 civils, selon l''Observatoire syrien des droits de l''homme. Les rebelles ont tiré des roquettes sur un quartier ouest de la ville.','/tmp/v4docs.jsonl:1','ab2d214983eb84166b5e835b2619d4d4','ee5111ba9a8da5f2a95d15f5fdaf9ac6','bef174ef9b55.8f71dbbf','2026-12-01T21:46:14.7409653+00:00');
INSERT INTO documents VALUES(2,'aa-1','SANA','2016-12-05','fr','Alep','Des terroristes ont attaqué lundi un poste de l''armée près de Hama, faisant 3 morts parmi les soldats, a indiqué l''agence officielle.','/tmp/v4docs.jsonl:2','f3d53bc1fd72985631c2053728427d37','956afac77b5709f02992ac9a0de7a8ec','bef174ef9b55.8f71dbbf','2026-12-01T21:46:14.7409653+00:00');
CREATE TABLE IF NOT EXISTS "events" (
    doc_key INTEGER NOT NULL REFERENCES "documents"(key) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    quote TEXT NOT NULL,
    quote_start INTEGER NOT NULL,
    quote_length INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1 TEXT,
    actor2 TEXT,
    location TEXT,
    place_name TEXT,
    place_parent TEXT,
    place_country TEXT,
    place_level TEXT,
    place_id TEXT,
    admin1 TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER CHECK (geo_precision BETWEEN 1 AND 3),
    date TEXT,
    time_precision INTEGER NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
    fatalities INTEGER,
    injured INTEGER,
    sources TEXT NOT NULL,
    negated INTEGER NOT NULL,
    hedged INTEGER NOT NULL,
    why TEXT NOT NULL,
    other_reports TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (doc_key, position),
    UNIQUE (doc_key, event_id)
);
INSERT INTO events VALUES(1,'zz-2',0,'zz-2-c822708ea2d2','L''armée syrienne a bombardé mardi le quartier de Bustan al-Qasr à Alep, tuant au moins 12 civils, selon l''Observatoire syrien des droits de l''homme.',0,148,'Explosions/Remote violence','Air/drone strike','Military Forces of Syria','Civilians (Syria)','Bustan al-Qasr','Bustan al-Qaser','Aleppo','Syria','neighbourhood','sy.aleppo.bustan-al-qaser','Aleppo',36.1905399999999986,37.144300000000001205,1,'2016-12-06',1,12,NULL,'["SOHR"]',0,0,'["trigger: fr/triggers.tsv:189 \"bombard*\" → strike","roles: active: subject before the trigger","place: places/syria.tsv:416","date: stated: DateGrammar: XXXX-WXX-2","attribution: source-before \"selon\""]','[]');
INSERT INTO events VALUES(1,'zz-2',1,'zz-2-788070cb1709','Les rebelles ont tiré des roquettes sur un quartier ouest de la ville.',149,70,'Explosions/Remote violence','Shelling/artillery/missile attack','Syrian opposition armed groups',NULL,'Bustan al-Qasr','Bustan al-Qaser','Aleppo','Syria','neighbourhood','sy.aleppo.bustan-al-qaser','Aleppo',36.1905399999999986,37.144300000000001205,1,'2016-12-06',2,NULL,NULL,'["SOHR"]',0,0,'["trigger: fr/triggers.tsv:373 \"tire* ~ sur\" → fire","roles: active: subject before the trigger","place: carried from context (places/syria.tsv:416)","date: carried from the paragraph","attribution: carried from the paragraph: source-before \"selon\""]','[]');
INSERT INTO events VALUES(2,'aa-1',0,'aa-1-025f4796b5aa','Des terroristes ont attaqué lundi un poste de l''armée près de Hama, faisant 3 morts parmi les soldats, a indiqué l''agence officielle.',0,133,'Battles','Armed clash','Syrian opposition armed groups','Military Forces of Syria','Hama','Hama','Hama','Syria','city','sy.hama','Hama',35.131790000000002293,36.757829999999998449,2,'2016-12-05',1,3,NULL,'["SANA"]',0,0,'["trigger: fr/triggers.tsv:170 \"attaque\" → Armed clash","roles: active: subject before the trigger","place: places/syria.tsv:85","date: stated: DateGrammar: XXXX-WXX-1","attribution: outlet"]','[]');
CREATE TABLE IF NOT EXISTS "claims" (
    doc_key INTEGER NOT NULL REFERENCES "documents"(key) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    quote TEXT NOT NULL,
    quote_start INTEGER NOT NULL,
    quote_length INTEGER NOT NULL,
    quantity TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,
    date TEXT,
    sources TEXT NOT NULL,
    why TEXT NOT NULL,
    PRIMARY KEY (doc_key, position)
);
INSERT INTO claims VALUES(1,'zz-2',0,'L''armée syrienne a bombardé mardi le quartier de Bustan al-Qasr à Alep, tuant au moins 12 civils, selon l''Observatoire syrien des droits de l''homme.',0,148,'civils',12.0,'civils','2016-12-06','["SOHR"]','["quantity: NumberGrammar","attribution: source-before \"selon\""]');
INSERT INTO claims VALUES(1,'zz-2',1,'Un « bilan » "provisoire" \ de 0,1 %',10,34,'share',0.1,'%',NULL,'["Le \"Monde\"","back\\slash","nbsp\u00a0x"]','[]');
INSERT INTO claims VALUES(2,'aa-1',0,'3 morts',56,7,'soldiers killed',1.0e+21,NULL,NULL,'[]','["quantity: NumberGrammar"]');
CREATE TABLE IF NOT EXISTS "labels" (
    doc_key INTEGER NOT NULL REFERENCES "documents"(key) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    actor TEXT NOT NULL,
    word TEXT NOT NULL,
    start INTEGER NOT NULL,
    length INTEGER NOT NULL,
    entry TEXT NOT NULL,
    PRIMARY KEY (doc_key, position)
);
INSERT INTO labels VALUES(1,'zz-2',0,'Military Forces of Syria','armée syrienne',2,14,'fr/actors.tsv:15 "armee syrienne"');
INSERT INTO labels VALUES(1,'zz-2',1,'Syrian opposition armed groups','rebelle',153,8,'fr/actors.tsv:250 "rebelles"');
INSERT INTO labels VALUES(2,'aa-1',0,'Syrian opposition armed groups','terroriste',4,11,'fr/actors.tsv:270 "terroristes"');
INSERT INTO labels VALUES(2,'aa-1',1,'Military Forces of Syria','l''« armée » "\"',70,6,'fr/actors.tsv:18 "armee"');
CREATE TABLE IF NOT EXISTS "document_mentions" (
    doc_key INTEGER PRIMARY KEY REFERENCES "documents"(key) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    mentions TEXT NOT NULL
);
INSERT INTO document_mentions VALUES(1,'zz-2',replace('Source	0	16	Syrian Army	fr/sources.tsv:85 "l'' armee syrienne"	org\nActor	2	14	Military Forces of Syria	fr/actors.tsv:15 "armee syrienne"	gov|armée syrienne|\nTrigger	19	8	strike	fr/triggers.tsv:189 "bombard*"	strong\nDate	28	5	2016-12-06	DateGrammar: XXXX-WXX-2	1\nCue	34	11	unnamed-quarter	fr/cues.tsv:452 "le quartier"\nPlace	49	14	sy.aleppo.bustan-al-qaser	places/syria.tsv:416	neighbourhood\nPlace	66	4	sy.aleppo	places/syria.tsv:82	city\nTrigger	72	5	kill	fr/triggers.tsv:247 "tuant"	weak\nCue	72	5	fatal	fr/cues.tsv:198 "tuant"\nQuantity	87	2	12	NumberGrammar	civils\nActor	90	6	Civilians (Syria)	fr/actors.tsv:289 "civils"	civ||\nCue	90	6	civilian	fr/cues.tsv:207 "civils"\nCue	98	5	source-before	fr/cues.tsv:60 "selon"\nSource	106	41	SOHR	fr/sources.tsv:29 "observatoire syrien des droits de l'' homme"	org\nActor	153	8	Syrian opposition armed groups	fr/actors.tsv:250 "rebelles"	opp|rebelle|\nTrigger	166	22	fire	fr/triggers.tsv:373 "tire* ~ sur"	strong\nCue	175	9	ground	fr/cues.tsv:235 "roquette*"\nCue	192	8	holder	fr/cues.tsv:391 "quartier"\nCue	213	5	holder	fr/cues.tsv:403 "ville"','\n',char(10)));
INSERT INTO document_mentions VALUES(2,'aa-1',replace('Actor	4	11	Syrian opposition armed groups	fr/actors.tsv:270 "terroristes"	opp|terroriste|\nTrigger	20	7	Armed clash	fr/triggers.tsv:170 "attaque"	weak\nDate	28	5	2016-12-05	DateGrammar: XXXX-WXX-1	1\nSource	46	7	Syrian Army	fr/sources.tsv:83 "l'' armee"	org\nActor	48	5	Military Forces of Syria	fr/actors.tsv:18 "armee"	gov||\nPlace	62	4	sy.hama	places/syria.tsv:85	city; geo_precision 2\nQuantity	76	1	3	NumberGrammar	morts\nTrigger	78	5	kill	fr/triggers.tsv:250 "morts"	weak\nCue	78	5	fatal	fr/cues.tsv:186 "morts"\nCue	103	9	speech	fr/cues.tsv:64 "a indique"\nCue	113	8	anaphor	fr/cues.tsv:272 "l'' agence"','\n',char(10)));
DELETE FROM sqlite_sequence;
CREATE INDEX event_clusters_by_cluster ON event_clusters (cluster_id);
COMMIT;
