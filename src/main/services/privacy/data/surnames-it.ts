/**
 * Italian surnames, for realistic surrogate names and as a hint that a capitalised word is a person.
 * Data, not code: regenerate it rather than editing by hand (see docs/privacy/first-names.md).
 *
 * Sources (both allow redistribution; notices in docs/privacy/first-names.md):
 * - faker-js/faker, src/locales/it/person/last_name.ts, commit e3858f2 (2024-10-23), MIT licence,
 *   Copyright (c) 2022-2024 Faker; entries stored with a damaged letter (U+FFFD) left out.
 * - Comune di Reggio Emilia, the 100 most common surnames of its residents (2020), published by AgID
 *   on dati.gov.it (dataset 8ebf333c-e578-4a7a-99c2-da36dc3f9851), CC BY 4.0; read from
 *   ozdemirburak/full-name-generator, src/surnames/it.ts, commit 1153b47.
 * 2088 surnames, Unicode NFC, sorted; "|" separates them. Names with an apostrophe (D'Amato) were
 * split apart by the first extraction and are left out until the list is regenerated.
 */
export const SURNAMES =
  "Abate|Abbate|Abbondanza|Abbrescia|Accardi|Accardo|Accurso|Aceto|Acquadro|Acquaviva|Acquistapace|Adami|Adamo|" +
  "Addari|Addis|Adragna|Affinito|Agnello|Agostinelli|Agostini|Agresta|Aiello|Alaimo|Albanese|Albano|Alberti|" +
  "Alcamo|Alessandrini|Alessi|Alfano|Alfieri|Alivernini|Allegretti|Aloi|Altieri|Amabile|Amadori|Amato|" +
  "Ambrosini|Ambrosino|Ambrosio|Amendola|Amerio|Amici|Amico|Ammoscato|Amoroso|Amoruso|Ancona|Andreoli|" +
  "Andrisani|Anelli|Angeletti|Angeli|Angelini|Angeloni|Angelucci|Annunziata|Anselmi|Anselmo|Antenucci|Antezza|" +
  "Antonacci|Antonelli|Antonini|Antonucci|Anzalone|Apicella|Aprile|Aquino|Aramini|Arcangeli|Arena|Argenio|" +
  "Argento|Argiolas|Artioli|Asaro|Ascione|Astolfi|Atzeni|Atzori|Avallone|Avola|Azara|Babini|Bacci|Baggio|" +
  "Baiocco|Balboni|Baldacci|Baldassarre|Baldi|Baldini|Baldo|Balducci|Balestra|Balistreri|Ballarin|Balsamo|" +
  "Balzano|Bandini|Bani|Baraldi|Barbagallo|Barbarossa|Barbarulo|Barbato|Barbera|Barberi|Barberis|Barbero|" +
  "Barbieri|Barbiero|Barile|Barillà|Barletta|Barone|Baroni|Barra|Barreca|Barresi|Barretta|Barsotti|Bartoli|" +
  "Bartolini|Bartolomei|Bartolucci|Basile|Bassani|Bassi|Basso|Battaglia|Battista|Battisti|Battistini|Bedini|" +
  "Belli|Bellini|Bellomo|Bellotti|Bellucci|Belmonte|Belotti|Beltrame|Beltrami|Belvisi|Benatti|Benedetti|" +
  "Benedetto|Benetti|Benigni|Benini|Bennardo|Bentivoglio|Benvenuti|Benvenuto|Berardi|Beretta|Bergamasco|" +
  "Bergamini|Bernabei|Bernardi|Bernardini|Bernasconi|Bertaccini|Bertani|Bertelli|Berti|Bertini|Berto|Bertolini|" +
  "Bertolussi|Beso|Betti|Bevilacqua|Biagetti|Biagi|Biagini|Bianc|Biancheri|Bianchetti|Bianchi|Bianchini|Bianco|" +
  "Biasci|Biccari|Biggi|Bindi|Bini|Bionaz|Biondi|Bisconti|Bisio|Bizzarri|Blanc|Blasi|Bocchi|Boccia|Bodini|" +
  "Boffa|Boi|Bologna|Bonanni|Bonanno|Bonato|Bonazzi|Bonelli|Bonetti|Bongiorno|Bongiovanni|Boni|Bonifazi|Bonini|" +
  "Bono|Bonomi|Bonomo|Bordoni|Borelli|Borghi|Borgia|Borrelli|Bortolin|Bortoluzzi|Bortot|Boscaino|Boschetti|" +
  "Boschi|Bosco|Boscolo|Bosi|Botta|Bove|Bovolenta|Bozzi|Bozzo|Braia|Brambilla|Branca|Brandi|Bresciani|Bressan|" +
  "Briano|Brigandì|Brignone|Brizzi|Brogi|Brumat|Brunelli|Brunetti|Bruni|Bruno|Bruschi|Bruzzone|Buccheri|Bucci|" +
  "Bulgarelli|Buongiorno|Buonomo|Burgio|Butera|Buzzi|Cabras|Caccamo|Caccavo|Cacciapuoti|Cacciatore|Cadoni|" +
  "Caforio|Caggiano|Caiazza|Caiazzo|Calabrese|Calabria|Calabrò|Calafiore|Calandro|Calì|Califano|Callegari|" +
  "Calligaris|Calò|Camilli|Cammarata|Cammisa|Campagna|Campana|Campanella|Campanile|Campanini|Campisi|Campo|" +
  "Campoli|Campus|Canale|Cancelliere|Cancellieri|Candela|Candido|Canepa|Cangiano|Canino|Cannas|Cannata|" +
  "Cannella|Cannone|Canova|Cantagallo|Cantoni|Canu|Capannolo|Capasso|Capecchi|Capelli|Capitani|Capizzi|" +
  "Capoccia|Capocotta|Capogna|Capone|Caporaso|Cappai|Cappelletti|Cappelli|Cappello|Cappiello|Capponi|Capraro|" +
  "Capriotti|Capuano|Caputo|Cara|Caracciolo|Caradonna|Carbon|Carbone|Carboni|Cardella|Cardia|Cardinale|" +
  "Cardinali|Cardini|Cardone|Carè|Careddu|Carella|Caretti|Caricari|Carini|Carletti|Carli|Carlini|Carlino|" +
  "Carloni|Carlotti|Carlucci|Carminati|Carnevale|Carnovale|Carollo|Carosi|Carrara|Carraro|Carrieri|Carriero|" +
  "Carrozza|Carrozzo|Carrus|Carta|Caruso|Carvelli|Casadei|Casadio|Casagrande|Casale|Casali|Casano|Casavecchia|" +
  "Cascio|Cascone|Casella|Caselli|Caserta|Casini|Casolaro|Cassano|Castagna|Castaldi|Castaldo|Castellana|" +
  "Castellani|Castellano|Castelli|Castiello|Castiglioni|Casu|Casula|Catalano|Cataldi|Cataldo|Catania|Catanzaro|" +
  "Catarsi|Catellani|Caterino|Cattaneo|Cattani|Cavaliere|Cavalieri|Cavallari|Cavallaro|Cavalli|Cavallini|" +
  "Cavallo|Cavriani|Ceccarelli|Ceccarini|Cecchetti|Cecchi|Cecchini|Cecere|Celano|Celentano|Celeste|Celi|Celli|" +
  "Cellini|Cenni|Centofanti|Cerise|Cerrani|Cerrato|Cerri|Cerullo|Cerutti|Cesaretti|Cherchi|Cherubini|Chessa|" +
  "Chessari|Chiacchio|Chianese|Chiaravalle|Chiavacci|Chilà|Chimenti|Chiodi|Chirico|Ciaccio|Ciacio|Ciampa|" +
  "Cianci|Ciani|Ciavarella|Cicala|Cicatiello|Ciccarelli|Cicchetti|Ciccone|Cifarelli|Cilli|Cimmino|Cinelli|" +
  "Cingolani|Cini|Cioffi|Cioni|Ciotola|Ciotti|Cipolla|Cipollaro|Cipolletta|Cipriani|Cipriano|Cirelli|Cirillo|" +
  "Citro|Cittadino|Ciuffetelli|Ciuffreda|Ciulla|Clemente|Coccia|Cocco|Cola|Colangelo|Colantuono|Colella|" +
  "Coletta|Colombo|Colonna|Colucci|Comito|Como|Concas|Conforti|Congiu|Coniglio|Consiglio|Cont|Conte|Conti|" +
  "Contini|Contu|Coppola|Corazza|Cordioli|Coretti|Corona|Corradi|Corradini|Corrado|Corrao|Correale|Corridori|" +
  "Corsi|Corsini|Corso|Cortese|Cortesi|Corti|Cortinovis|Cosentino|Coslovich|Cossu|Costa|Costantin|Costantini|" +
  "Costantino|Costanza|Costanzo|Cottone|Coviello|Cozzani|Cozzi|Cozzolino|Crea|Cremona|Cremonesi|Crepaldi|" +
  "Crescenzi|Crespi|Crevatin|Crimi|Crippa|Crisafulli|Criscenti|Crisci|Criscione|Crispino|Cristiano|Cristofaro|" +
  "Critelli|Croce|Cruciani|Cruciata|Cucchiara|Cucciniello|Cuomo|Curci|Curcio|Curreli|Cusimano|Cusumano|" +
  "Cuzzocrea|Delle Monache|Delogu|Demontis|Demurtas|Denaro|Denti|Deriu|Desiderio|Desogus|Destro|Di Bari|" +
  "Di Battista|Di Bella|Di Benedetto|Di Biase|Di Blasi|Di Caccamo|Di Carlo|Di Cesare|Di Ciocco|Di Costanzo|" +
  "Di Dio|Di Domenico|Di Donato|Di Fazio|Di Felice|Di Fiore|Di Francesco|Di Franco|Di Gaetano|Di Gennaro|" +
  "Di Giacomo|Di Giorgio|Di Giovanni|Di Girolamo|Di Giuseppe|Di Gregorio|Di Grezia|Di Iorio|Di Lascio|Di Lecce|" +
  "Di Liberto|Di Lorenzo|Di Luca|Di Maggio|Di Maio|Di Marco|Di Maria|Di Marino|Di Maro|Di Martino|Di Marzio|" +
  "Di Matteo|Di Mauro|Di Michele|Di Nardo|Di Natale|Di Palma|Di Paola|Di Paolo|Di Pasquale|Di Pede|Di Pietro|" +
  "Di Rocco|Di Salvo|Di Santo|Di Sarno|Di Somma|Di Stefano|Di Tommaso|Di Tullio|Di Vita|Diamanti|Diana|Dini|" +
  "Dionisi|Distefano|Dodaro|Dolce|Dolci|Dominici|Donati|Donato|Donda|Doria|Doro|Doronzo|Drago|Dragone|Dragoni|" +
  "Duca|Ducci|Durante|Dutto|Egger|Elia|Eligibile|Epifani|Ercoli|Ermini|Errante|Errera|Errichiello|Errico|" +
  "Esposito|Evangelista|Evangelisti|Evola|Fabbri|Fabbricatore|Fabbro|Fabiani|Fabiano|Fabris|Fabrizi|Fabrizio|" +
  "Fadda|Falbo|Falchi|Falcioni|Falco|Falcone|Falzone|Fanara|Fancello|Fanelli|Fantini|Fantozzi|Faraci|Faraone|" +
  "Farella|Farin|Farina|Farris|Fasano|Fasoli|Fava|Favara|Favaro|Favero|Favre|Fazio|Fedele|Federici|Federico|" +
  "Feleppa|Felici|Feliziani|Femina|Ferilli|Ferluga|Ferracuti|Ferraiuolo|Ferrando|Ferrante|Ferranti|Ferrara|" +
  "Ferrari|Ferrarini|Ferrario|Ferraris|Ferraro|Ferrarotti|Ferreri|Ferrero|Ferretti|Ferri|Ferrigno|Ferrini|" +
  "Ferro|Ferroni|Festa|Festuccia|Fichera|Fierro|Filice|Filippi|Filippini|Filipponi|Fini|Finocchiaro|Finotti|" +
  "Fior|Fioravanti|Fiore|Fiorelli|Fiorentini|Fiorentino|Fiorenza|Fioretti|Fiori|Fiorillo|Fiorini|Fiorucci|" +
  "Fischetti|Flacco|Flore|Floridia|Florio|Floris|Foglia|Fois|Fonda|Fontana|Fonti|Forconi|Forgione|Forlani|" +
  "Formica|Fornara|Forte|Fortugno|Fortunato|Foschi|Foti|Francesca|Franceschi|Franceschini|Francesconi|Francese|" +
  "Franchi|Franchini|Franco|Franzè|Franzoni|Frasca|Fratello|Fratti|Frau|Frezza|Frigerio|Frigo|Fucci|Fumagalli|" +
  "Fumarola|Fuoco|Furlan|Furno|Fusaro|Fusco|Gabriele|Gabrielli|Gaddini|Gagliano|Gagliardi|Galante|Galasso|" +
  "Galati|Galeazzi|Galli|Gallo|Galluzzo|Gamba|Gamberini|Gambino|Gamper|Gandolfo|Gangemi|Garau|Garavaglia|" +
  "Gargiulo|Garifo|Garofalo|Gaspari|Gasparini|Gasser|Gatta|Gatti|Gatto|Gaudiano|Gazzola|Gemma|Genchi|Genna|" +
  "Gennaro|Genovese|Gentile|Gentili|Gerace|Geraci|Germani|Gervasi|Ghilardi|Giacalone|Giaccio|Giachi|Giacomelli|" +
  "Giampaoli|Giampaolo|Giannelli|Giannetti|Gianni|Giannini|Giannone|Giannotti|Gianotti|Giansante|Giardina|" +
  "Giardini|Gigli|Giglio|Gigliotti|Gioacchini|Gioia|Giordani|Giordano|Giorgetti|Giorgi|Giorgio|Giovannelli|" +
  "Giovannetti|Giovannini|Giovinazzo|Girardi|Giraudo|Girone|Giudice|Giuffrida|Giugliano|Giuliani|Giuliano|" +
  "Giunta|Giusti|Giustra|Gobbi|Golinelli|Gori|Govoni|Granà|Granata|Granato|Grande|Grandi|Grange|Grassi|Grasso|" +
  "Gravina|Graziani|Graziano|Greco|Gregori|Greppi|Grieco|Grilli|Grillo|Grimaldi|Grossi|Grosso|Gruber|Gruppuso|" +
  "Gualtieri|Guarino|Guarneri|Guarnieri|Guastella|Guastone|Guerra|Guerrieri|Guerriero|Guerrini|Guglielmi|Guida|" +
  "Guidetti|Guidi|Guido|Guidotti|Gulino|Gullì|Gurrieri|Gusmeroli|Hofer|Huber|Iacolare|Iacono|Iacovino|Iacovone|" +
  "Iandolo|Iannaccone|Iannello|Ianni|Iannone|Iannucci|Iaria|Iazzetta|Ierardi|Iezzi|Impellizzeri|Improta|" +
  "Indelicato|Ingrassia|Ingrosso|Innocenti|Inzerillo|Iodice|Iorio|Iotti|Iovino|Ippoliti|Ippolito|Iuliano|Izzi|" +
  "Izzo|Kofler|La Barbera|La Malfa|La Manna|La Monaca|La Monica|La Porta|La Rocca|La Rosa|La Sala|La Torre|" +
  "Labate|Laezza|Laganà|Lai|Lamacchia|Lamberti|Lana|Landi|Lanteri|Lanza|Lari|Latini|Latorre|Lattanzi|Lauri|" +
  "Lavecchia|Lazzari|Lazzarini|Lazzaro|Leale|Lecca|Ledda|Leggio|Lelli|Lentini|Lenzi|Leo|Leonardi|Leoncini|" +
  "Leone|Leonetti|Leoni|Leopardi|Lepore|Lezzi|Liberati|Librizzi|Licata|Liccardo|Licciardello|Licitra|Ligorio|" +
  "Liguori|Liotta|Lipari|Lippi|Lippolis|Lisi|Litterio|Liuzzi|Liverani|Lo Bianco|Lo Cascio|Lo Giudice|Lo Iacono|" +
  "Lo Piccolo|Lo Pinto|Lo Presti|Locatelli|Locci|Loddo|Lodi|Loffredo|Loi|Loiacono|Lolli|Lombardi|Lombardini|" +
  "Lombardo|Lonardi|Longhi|Longo|Longobardi|Lopez|Lorenzini|Loreti|Loreto|Lori|Lorusso|Lotito|Lotti|Lovato|" +
  "Luca|Lucarelli|Lucarini|Lucchese|Lucchesi|Luchetti|Luchini|Lucia|Luciani|Luciano|Lucidi|Luconi|Lugli|Luise|" +
  "Luongo|Lupi|Lupica|Lupo|Luppi|Luppino|Luzi|Luzzi|Macaluso|Macchi|Macchia|Macrì|Madonna|Maffei|Maggi|" +
  "Maggiani|Maggio|Maggiore|Magi|Magliocco|Magnani|Magno|Maiello|Mainardi|Maio|Maione|Mair|Malagoli|Malaspina|" +
  "Malatesta|Malavasi|Malerba|Malizia|Maltese|Manca|Mancinelli|Mancini|Mancino|Mancuso|Manetti|Manfredi|" +
  "Mangano|Mangione|Manica|Manicone|Maniscalco|Manna|Mannino|Manno|Manti|Mantovani|Manzella|Manzi|Manzo|" +
  "Maragno|Marangi|Marangon|Marangoni|Marani|Marano|Marcelli|Marcello|Marchesan|Marchese|Marchesi|Marchesini|" +
  "Marchetti|Marchetto|Marchi|Marchini|Marciano|Marcianò|Marcon|Marconi|Marcovecchio|Marcucci|Marega|Marelli|" +
  "Maresca|Margiotta|Mari|Marian|Mariani|Mariano|Marinelli|Marini|Marino|Marinucci|Mariotti|Mariucci|Marone|" +
  "Marongiu|Marotta|Marra|Marras|Marrazzo|Marrone|Marsella|Marsili|Martelli|Martellucci|Martina|Martinelli|" +
  "Martines|Martini|Martino|Martorana|Martucci|Marzano|Marzi|Marziali|Marzocchi|Masala|Mascia|Masciandaro|" +
  "Mascolo|Masi|Masia|Masiero|Massa|Massari|Massaro|Massimi|Mastrogiacomo|Mastroianni|Mastronardi|Mastropietro|" +
  "Masucci|Matarazzo|Matera|Matranga|Matta|Mattei|Matteucci|Mattia|Mattioli|Maugeri|Mauri|Maurizi|Mauro|" +
  "Mautone|Mazza|Mazzanti|Mazzarella|Mazzaro|Mazzei|Mazzeo|Mazzi|Mazzini|Mazzocchi|Mazzola|Mazzoleno|Mazzone|" +
  "Mazzoni|Mazzotta|Mazzotti|Mecca|Medeot|Medici|Medugno|Megna|Melandri|Mele|Meli|Melillo|Melis|Meloni|Memoli|" +
  "Mencarelli|Menconi|Menegatti|Mengoni|Menna|Menozzi|Meo|Mercuri|Mercurio|Mereu|Merli|Merlo|Merola|Messana|" +
  "Messina|Micco|Miccoli|Miceli|Micheletti|Michelucci|Micillo|Migliaccio|Miglio|Migliore|Mignogna|Milan|Milani|" +
  "Milano|Milazzo|Milella|Militello|Minelli|Mingarelli|Minniti|Miotto|Mirabella|Mistretta|Moccia|Modica|Moffa|" +
  "Molinari|Molinaro|Mollica|Molteni|Monaci|Monaco|Monni|Montagna|Montagner|Montalbano|Montalto|Montanari|" +
  "Montanaro|Montefusco|Monteleone|Montemurro|Monterosso|Montesano|Monti|Monticelli|Mora|Morabito|Morandi|" +
  "Moras|Mordenti|Morelli|Morello|Moretti|Moretto|Morgante|Mori|Moriconi|Morini|Moro|Moroni|Morra|Morreale|" +
  "Morri|Morrone|Mosca|Moscato|Moser|Mosti|Motisi|Motta|Mottola|Mulas|Mulè|Munaro|Mura|Muratore|Murgia|Murolo|" +
  "Murru|Murtas|Musella|Musso|Musumeci|Nanni|Napoletano|Napoli|Napolitano|Nappi|Narcisi|Narciso|Nardi|Natale|" +
  "Natali|Nava|Navarra|Nazzaro|Negri|Neri|Nesti|Nicastro|Niccolai|Nicoletti|Nicolini|Nicolò|Nicolosi|Nicosia|" +
  "Nicotra|Nieddu|Nigro|Nobile|Nobili|Nocentini|Nocera|Nocerino|Nota|Notaro|Noto|Novelli|Novello|Nucci|Nucera|" +
  "Nuzzo|Occhipinti|Oggiano|Oliva|Oliveri|Olivi|Olivieri|Oliviero|Olla|Orefice|Orlandi|Orlando|Orrù|Orsini|" +
  "Ortenzi|Ortolani|Ostuni|Ottaviani|Ottaviano|Ottonello|Pace|Paci|Pacifici|Pacifico|Pacini|Padovan|Padula|" +
  "Paganelli|Pagani|Pagano|Pagliai|Pagliuca|Pala|Paladini|Palano|Palazzi|Palazzo|Palazzolo|Palermo|Palla|" +
  "Palladino|Pallotta|Palma|Palmeri|Palmieri|Palmisani|Palmisano|Palombi|Palombo|Palumbo|Panaro|Pandolfi|" +
  "Panetta|Pani|Panico|Pantano|Panza|Panzeri|Paola|Paolella|Paoletti|Paoli|Paolicelli|Paolillo|Paolini|Paolino|" +
  "Paolucci|Paone|Paonessa|Papa|Papaleo|Papapietro|Papini|Pappalardo|Paradiso|Pardini|Parente|Pariggiano|Paris|" +
  "Parise|Parisi|Parodi|Parrinello|Parrino|Pascale|Pascali|Pascarella|Pascucci|Pasini|Pasqua|Pasquali|Pasquini|" +
  "Passarelli|Passeri|Passero|Passuello|Pastore|Pastorelli|Pastorino|Patanè|Patriarca|Patrone|Patruno|Patti|" +
  "Pau|Pavan|Pavani|Pavone|Peaquin|Pece|Pecora|Pecoraro|Pecorella|Pedone|Pedrazzini|Pedroni|Pedrotti|" +
  "Pellecchia|Pellegrini|Pellegrino|Pellicano|Pellicanò|Pellitteri|Peluso|Penna|Pennestrì|Penzo|Pepe|Perego|" +
  "Perilli|Perin|Perini|Perna|Peroni|Perotti|Perra|Perri|Perrini|Perrone|Perrotta|Perugini|Peruzzi|Pesaresi|" +
  "Pesce|Pession|Petito|Petralia|Petrarca|Petrella|Petrelli|Petrini|Petrone|Petronio|Petrucci|Pezzella|Pezzi|" +
  "Piacentini|Piana|Pianese|Pianigiani|Piazza|Piazzolla|Pibiri|Pica|Picariello|Picchi|Piccinini|Piccione|Picco|" +
  "Piccoli|Piccolo|Pichler|Pieri|Pierini|Pierro|Piga|Pignatelli|Pilato|Pili|Pillitteri|Pinardi|Pini|Pinna|" +
  "Pinto|Pintus|Pipitone|Piras|Pircher|Piredda|Pirone|Pirrello|Pirrone|Pisani|Pisano|Pischedda|Pisciotta|" +
  "Piscitelli|Piscopo|Pisu|Pittalis|Pitzalis|Piva|Pivetta|Pizzi|Pizzimenti|Pizzitola|Pizzo|Pizzuti|Platania|" +
  "Poggi|Poggio|Polese|Poletti|Poli|Polidori|Polimeno|Politi|Polito|Polizzi|Pollina|Polverino|Pompei|Pompili|" +
  "Pompilio|Ponti|Porcari|Porcu|Postiglione|Potenza|Pozzi|Pozzo|Pratesi|Praticò|Prato|Prencipe|Prete|Preziosi|" +
  "Principato|Prisco|Privitera|Procopio|Proietti|Provenzano|Puca|Pucci|Puccio|Puddu|Puggioni|Pugliese|Pugliesi|" +
  "Puglisi|Puleo|Putzolu|Quaglia|Quaranta|Quarta|Quinto|Raffa|Rago|Ragone|Ragusa|Raimondi|Raimondo|Rallo|" +
  "Rambaldi|Ramella|Rampazzo|Randazzo|Raneri|Ranieri|Raniolo|Ranucci|Rapisarda|Rapuano|Ratti|Rauso|Ravaioli|Re|" +
  "Rea|Reale|Recchia|Redaelli|Reina|Renda|Renna|Renzi|Repetto|Restivo|Riccardi|Ricci|Ricciardi|Riccio|" +
  "Riccobono|Ridolfi|Riggi|Riggio|Righetti|Righi|Rigoni|Rinaldi|Riolo|Riparbelli|Riva|Rizza|Rizzi|Rizzo|" +
  "Roberti|Rocca|Rocchi|Rocco|Rodigari|Rogolino|Rollo|Romagnoli|Romanelli|Romani|Romaniello|Romanini|Romano|" +
  "Romeo|Rondinone|Rondoni|Rosa|Rosati|Rosi|Ross|Rosselli|Rosset|Rossetti|Rossi|Rossini|Rosso|Rota|Rotolo|" +
  "Rotondo|Rotundo|Ruberto|Rubino|Rucco|Ruggeri|Ruggieri|Ruggiero|Ruotolo|Rusciano|Russo|Saba|Sabatini|" +
  "Sabatino|Sabato|Sabbatini|Sabia|Sabino|Sacchet|Sacchetti|Sacchi|Sacco|Saccone|Saia|Sala|Saladino|Salamone|" +
  "Salatiello|Salemi|Salemme|Salerno|Salierno|Salis|Salomone|Salvadori|Salvati|Salvatore|Salvatori|Salvi|" +
  "Salvucci|Salzano|Sammartano|Sammartino|Sanfilippo|Sanna|Sannino|Sansone|Santamaria|Santangelo|Santarelli|" +
  "Santarossa|Santarsia|Santarsiero|Santi|Santilli|Santinelli|Santini|Santo|Santoni|Santori|Santoro|Santucci|" +
  "Sapienza|Saponaro|Saporito|Saracino|Sardella|Sardina|Sarnataro|Sarti|Sartor|Sartori|Sassano|Sassi|Sasso|" +
  "Satta|Savini|Savoca|Savoia|Sbrana|Scaglione|Scala|Scalia|Scalise|Scalzo|Scano|Scanu|Scarano|Scardino|Scarpa|" +
  "Scarpellini|Scherini|Schettino|Schiavi|Schiavo|Schiavon|Schiavone|Schifano|Schillaci|Schirru|Sciacca|Scocco|" +
  "Scognamiglio|Scopece|Scorza|Scotti|Scrofani|Scuderi|Sebastiani|Secchi|Secci|Sechi|Semeraro|Semprini|" +
  "Senatore|Sepe|Serafini|Serafino|Serena|Sergi|Serpa|Serr|Serra|Sessa|Sestito|Severi|Severino|Sevi|Sforza|" +
  "Siciliano|Signorelli|Signorile|Signorini|Siino|Silenzi|Silvestri|Silvestrini|Silvestro|Simeoli|Simeone|" +
  "Simeoni|Simeti|Simoncelli|Simone|Simonetti|Simoni|Simonini|Simula|Sini|Sinopoli|Siracusa|Siragusa|Siri|" +
  "Soccorsi|Sodano|Soldati|Solinas|Sorbello|Sorce|Soro|Sorrentino|Sottile|Spada|Spadafora|Spadaro|Spadoni|" +
  "Spagnolo|Spagnuolo|Spano|Spanò|Spanu|Sparacino|Spataro|Speranza|Spiga|Spina|Spinelli|Spizzirri|Stabile|" +
  "Staffieri|Stanzione|Stefani|Stella|Stigliano|Storti|Strano|Sucameli|Sucera|Surace|Suriano|Tacconi|Taddei|" +
  "Tagliabue|Tagliaferri|Talarico|Tallarico|Tallone|Tamburini|Tammaro|Tanzi|Taormina|Tarantino|Tarquini|" +
  "Tartamella|Tassi|Tassinari|Tasso|Tassone|Tataranni|Tavani|Tedde|Tedeschi|Tedesco|Telesca|Terenzi|Teresi|" +
  "Terlizzi|Termine|Terzi|Terzo|Tesi|Testa|Tiano|Tiberti|Tilotta|Tiozzo|Tirelli|Tirri|Todaro|Tofani|Toldo|" +
  "Tolomeo|Tolu|Tomaselli|Tomasello|Tomasi|Tomassoni|Tomei|Tommasi|Tonelli|Tonini|Torchia|Torchio|Tornatore|" +
  "Torre|Torresi|Torri|Torrisi|Tortora|Tortorici|Toscano|Tosi|Totaro|Toti|Toto|Traini|Tralli|Trapani|" +
  "Travaglini|Traverso|Tretola|Trevisan|Triolo|Tripodi|Troisi|Trombetta|Trovato|Tucci|Tuccillo|Tufano|Tufo|" +
  "Tumbarello|Tumino|Turchi|Turco|Ugolini|Urbano|Urso|Usai|Vacca|Vaccari|Vaccaro|Vailati|Valente|Valenti|" +
  "Valentini|Valentino|Valenza|Valeri|Valle|Valletta|Valli|Vallone|Valsecchi|Vanni|Vannini|Varriale|Vascotto|" +
  "Vassallo|Vecchi|Vella|Venezia|Ventimiglia|Ventura|Venturelli|Venturi|Venturini|Vercesi|Verde|Verme|Veronese|" +
  "Vezzoli|Viale|Vianello|Vicari|Vichi|Vicinanza|Vicini|Vierin|Villa|Villani|Villari|Vincenzi|Vinci|Viola|" +
  "Violante|Violi|Virgilio|Visani|Viscò|Visconti|Visentin|Visintin|Vita|Vitale|Vitali|Viti|Vitiello|Vittori|" +
  "Viviani|Vizziello|Volpe|Volpi|Vuillermoz|Zaccaria|Zaccaro|Zagaria|Zago|Zambon|Zamboni|Zambuto|Zampieri|" +
  "Zanatta|Zanella|Zanelli|Zanetta|Zanetti|Zani|Zanon|Zanotti|Zappacosta|Zappalà|Zappia|Zedda|Zeni|Zennaro|" +
  "Zingaretti|Zito|Zollo|Zordan|Zotti|Zucca|Zuliani|Zullo|Zumbo|Zunino|"
