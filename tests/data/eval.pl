Nad ranem w Lublinie spadł pierwszy w tym roku śnieg.
Radni z Torunia zgodzili się na budowę nowego basenu przy ul. Szosa Chełmińska.
Pociąg z Białegostoku do Warszawy był opóźniony o 25 minut.
Wojewoda zwołał w poniedziałek sztab kryzysowy.
„Woda opada, ale wały są nadal przesiąknięte” – powiedział komendant straży pożarnej.
W szkołach na Podkarpaciu brakuje ponad 300 nauczycieli matematyki.
Nowy most na Odrze w Opolu ma 420 metrów długości.
Biblioteka w Olsztynie wydłuży godziny otwarcia do 20:00.
Ceny masła w sklepach wzrosły od wiosny o 15 proc.
Policjanci z Radomia odnaleźli zaginionego 80-latka w lesie pod miastem.
Mecz Lecha Poznań z Legią Warszawa zakończył się remisem 1:1.
Na lotnisku w Modlinie wylądował pierwszy samolot z Islandii.
Sanepid zamknął dwie restauracje w centrum Bydgoszczy.
Muzeum Narodowe w Kielcach pokaże obrazy, których nie wystawiano od 50 lat.
Rolnicy z Wielkopolski skarżą się na suszę i niskie ceny zboża.
W sobotę przez Katowice przeszedł marsz w obronie zieleni miejskiej.
Uniwersytet Gdański przyjął w tym roku 6 tys. nowych studentów.
Kierowcy muszą się liczyć z utrudnieniami na drodze S7 do końca listopada.
Rada gminy przeznaczyła 2 mln zł na remont szkoły w Zakopanem.
Prognoza na niedzielę: słonecznie, do 24 stopni na zachodzie kraju.
