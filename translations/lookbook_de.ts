<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Category</name>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="15"/>
        <source>short sleeve top</source>
        <translation>Kurzarm-Oberteil</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="15"/>
        <source>long sleeve top</source>
        <translation>Langarm-Oberteil</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="16"/>
        <source>short sleeve outwear</source>
        <translation>Kurzarmjacke</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="16"/>
        <source>long sleeve outwear</source>
        <translation>Langarmjacke</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="17"/>
        <source>vest</source>
        <translation>Weste</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="17"/>
        <source>sling</source>
        <translation>Trägertop</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="18"/>
        <source>shorts</source>
        <translation>Shorts</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="18"/>
        <source>trousers</source>
        <translation>Hose</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="19"/>
        <source>skirt</source>
        <translation>Rock</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="19"/>
        <source>short sleeve dress</source>
        <translation>Kurzarmkleid</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="20"/>
        <source>long sleeve dress</source>
        <translation>Langarmkleid</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="20"/>
        <source>vest dress</source>
        <translation>Westenkleid</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="21"/>
        <source>sling dress</source>
        <translation>Trägerkleid</translation>
    </message>
</context>
<context>
    <name>DatasetEvaluation</name>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="90"/>
        <source>Detection AP: no detectors among the models</source>
        <translation>Detektions-AP: keiner der Modelle ist ein Detektor</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="94"/>
        <source>Acc@k: no catalog is open</source>
        <translation>Acc@k: kein Katalog geöffnet</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="106"/>
        <source>Acc@k skipped: the catalog %1 holds none of the %2 shop photos of %3; import the split into a catalog (File ▸ Import into Catalog…) and open that catalog to measure retrieval</source>
        <translation>Acc@k übersprungen: der Katalog %1 enthält keines der %2 Shop-Fotos von %3; importieren Sie den Split in einen Katalog (Datei ▸ In den Katalog importieren …) und öffnen Sie diesen Katalog, um die Suche zu messen</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="115"/>
        <source>Acc@k: the catalog holds %1 of the split&apos;s %2 shop photos; the others cannot be found</source>
        <translation>Acc@k: der Katalog enthält %1 der %2 Shop-Fotos des Splits; die übrigen können nicht gefunden werden</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/models/errortext.cpp" line="8"/>
        <source>%1; rebuild it with Tools ▸ Rebuild Index</source>
        <translation>%1; erstellen Sie ihn neu mit Werkzeuge ▸ Index neu erstellen</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="9"/>
        <source>%1; check it with: lookbook-cli catalog check &quot;%2&quot;</source>
        <translation>%1; prüfen Sie ihn mit: lookbook-cli catalog check &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="10"/>
        <source>%1; import photos with File ▸ Import into Catalog…</source>
        <translation>%1; importieren Sie Fotos mit Datei ▸ In den Katalog importieren …</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="11"/>
        <source>%1; build the demo set with: lookbook-cli demo build</source>
        <translation>%1; erstellen Sie den Demo-Satz mit: lookbook-cli demo build</translation>
    </message>
</context>
<context>
    <name>IndexRebuild</name>
    <message>
        <location filename="../ui/models/indexrebuild.cpp" line="26"/>
        <source>unknown index type &apos;%1&apos; (expected flat, hnsw or ivfpq)</source>
        <translation>unbekannter Indextyp „%1“ (erwartet: flat, hnsw oder ivfpq)</translation>
    </message>
</context>
<context>
    <name>ItemData</name>
    <message>
        <location filename="../ui/models/itemdata.cpp" line="20"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/itemdata.cpp" line="36"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;pair %3 · item %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Paar %3 · Artikel %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="90"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>QaStyle</name>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="28"/>
        <source>True positive</source>
        <translation>Richtig erkannt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="30"/>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="32"/>
        <source>Spurious</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="34"/>
        <source>Wrong category</source>
        <translation>Falsche Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="36"/>
        <source>Poor IoU</source>
        <translation>Schwache IoU</translation>
    </message>
</context>
<context>
    <name>WorkspaceConfig</name>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="40"/>
        <source>No embedder chosen: add the embedder (or ensemble) manifest that made the catalog&apos;s vectors.</source>
        <translation>Kein Embedder gewählt: Fügen Sie das Manifest des Embedders (oder Ensembles) hinzu, der die Vektoren des Katalogs erzeugt hat.</translation>
    </message>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="66"/>
        <source>Choose a catalog.</source>
        <translation>Wählen Sie einen Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="68"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="16"/>
        <source>About Lookbook</source>
        <translation>Über Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="18"/>
        <source>&lt;h2&gt;Lookbook %1&lt;/h2&gt;&lt;p&gt;Street-to-shop clothes retrieval: detect, fuse, embed, search.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lookbook %1&lt;/h2&gt;&lt;p&gt;Kleidungssuche vom Straßenfoto zum Shop: erkennen, fusionieren, einbetten, suchen.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Self-check</source>
        <translation>Selbsttest</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="36"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="39"/>
        <source>The backend check is still running.</source>
        <translation>Die Backend-Prüfung läuft noch.</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::BoxItem</name>
    <message>
        <location filename="../ui/widgets/boxitem.cpp" line="22"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — score %3&lt;br&gt;box %4, %5 – %6, %7 (%8 × %9 px)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — Konfidenz %3&lt;br&gt;Box %4, %5 – %6, %7 (%8 × %9 px)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/boxitem.cpp" line="69"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::CatalogPanel</name>
    <message>
        <location filename="../ui/widgets/catalogpanel.cpp" line="31"/>
        <source>&lt;i&gt;No catalog open&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Katalog geöffnet&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/catalogpanel.cpp" line="33"/>
        <source>%Ln shop item(s) — %L1 listed, more as you scroll</source>
        <translation>
            <numerusform>%Ln Shop-Artikel — %L1 aufgeführt, weitere beim Blättern</numerusform>
            <numerusform>%Ln Shop-Artikel — %L1 aufgeführt, weitere beim Blättern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/catalogpanel.cpp" line="35"/>
        <source>%Ln shop item(s)</source>
        <translation>
            <numerusform>%Ln Shop-Artikel</numerusform>
            <numerusform>%Ln Shop-Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookbook::ui::CompareDialog</name>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="35"/>
        <source>Compare — result #%1</source>
        <translation>Vergleich — Ergebnis #%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="41"/>
        <source>Reading the shop photo…</source>
        <translation>Shop-Foto wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="42"/>
        <source>&lt;b&gt;Query&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Anfrage&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="44"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; — %2, similarity %3</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; — %2, Ähnlichkeit %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="47"/>
        <source>%1 · pair %2 · item %3</source>
        <translation>%1 · Paar %2 · Artikel %3</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationModel</name>
    <message>
        <location filename="../ui/models/evaluationmodel.cpp" line="45"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationPanel</name>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="92"/>
        <source>a DeepFashion2-layout dataset (its validation/ split is used) or a split (image/ + annos/)</source>
        <translation>ein Datensatz im DeepFashion2-Layout (sein validation/-Split wird verwendet) oder ein Split (image/ + annos/)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="94"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="96"/>
        <source>Run the workspace&apos;s detectors, fusion setting and catalog on the dataset, in the background</source>
        <translation>Die Detektoren, die Fusionseinstellung und den Katalog des Arbeitsbereichs im Hintergrund auf den Datensatz anwenden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="97"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="98"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="99"/>
        <source>Save the tables as CSV and the charts as PNG in a folder</source>
        <translation>Die Tabellen als CSV und die Diagramme als PNG in einem Ordner speichern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="113"/>
        <source>Choose a dataset and press Evaluate: the numbers are the ones lookbook-cli experiment and evaluate print.</source>
        <translation>Wählen Sie einen Datensatz und klicken Sie auf „Auswerten“: Die Zahlen sind dieselben, die lookbook-cli experiment und evaluate ausgeben.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="130"/>
        <source>Detection AP</source>
        <translation>Erkennungs-AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="131"/>
        <source>AP per Category</source>
        <translation>AP je Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="132"/>
        <source>Retrieval Acc@k</source>
        <translation>Suche: Acc@k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="137"/>
        <source>Search detector weights and the IoU and skip thresholds for the best AP50 on this dataset (the detections are reused; the detectors do not run again)</source>
        <translation>Detektorgewichte sowie IoU- und Auslass-Schwelle mit der besten AP50 auf diesem Datensatz suchen (die Erkennungen werden wiederverwendet; die Detektoren laufen nicht erneut)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="141"/>
        <source>&amp;Apply Tuned Fusion</source>
        <translation>Abgestimmte Fusion &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="142"/>
        <source>Set the tuned weights and thresholds on the fusion panel</source>
        <translation>Die abgestimmten Gewichte und Schwellen im Fusionsbereich einstellen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="160"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="179"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="181"/>
        <source>%1, IoU thr %2, skip thr %3, weights %4</source>
        <translation>%1, IoU-Schwelle %2, Auslass-Schwelle %3, Gewichte %4</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="188"/>
        <source>Choose a DeepFashion2-layout Dataset or Split</source>
        <translation>Datensatz oder Split im DeepFashion2-Layout wählen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="201"/>
        <source>Open a catalog and its models first (File ▸ Open Catalog…): the evaluation uses them.</source>
        <translation>Öffnen Sie zuerst einen Katalog und seine Modelle (Datei ▸ Katalog öffnen …): Die Auswertung verwendet sie.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="213"/>
        <source>Models: %1 · fusion: %2%3</source>
        <translation>Modelle: %1 · Fusion: %2%3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="214"/>
        <source>no detectors</source>
        <translation>keine Detektoren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="216"/>
        <source> · catalog %1, embedder %2</source>
        <translation> · Katalog %1, Embedder %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="220"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="228"/>
        <source>Evaluate on a dataset first: tuning reuses its detections.</source>
        <translation>Werten Sie zuerst einen Datensatz aus: Das Abstimmen verwendet dessen Erkennungen wieder.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="230"/>
        <source>The workspace&apos;s detectors changed since the evaluation: evaluate again first.</source>
        <translation>Die Detektoren des Arbeitsbereichs haben sich seit der Auswertung geändert: Werten Sie zuerst erneut aus.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="232"/>
        <source>Tuning the fusion needs at least two detectors.</source>
        <translation>Zum Abstimmen der Fusion sind mindestens zwei Detektoren nötig.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="235"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="282"/>
        <source>Tuning…</source>
        <translation>Wird abgestimmt …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="256"/>
        <source>Applied to the fusion panel.</source>
        <translation>Im Fusionsbereich übernommen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="276"/>
        <source>%1: %L2 of %L3…</source>
        <translation>%1: %L2 von %L3 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="294"/>
        <source>Evaluated %1: %n photo(s).</source>
        <translation>
            <numerusform>%1 ausgewertet: %n Foto.</numerusform>
            <numerusform>%1 ausgewertet: %n Fotos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="90"/>
        <source>Dataset f&amp;older:</source>
        <translation>Datensatz-&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="95"/>
        <source>Eva&amp;luate</source>
        <translation>Aus&amp;werten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="136"/>
        <source>T&amp;une Fusion</source>
        <translation>Fusion a&amp;bstimmen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="311"/>
        <source>Fused: detectors 1–%1</source>
        <translation>Fusioniert: Detektoren 1–%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="321"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="356"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="320"/>
        <source>AP50</source>
        <translation>AP50</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <source>AP75</source>
        <translation>AP75</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="317"/>
        <source>Box AP against the number of fused detectors</source>
        <translation>Box-AP nach Anzahl fusionierter Detektoren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="318"/>
        <source>detectors fused (in the workspace&apos;s order)</source>
        <translation>fusionierte Detektoren (in der Reihenfolge des Arbeitsbereichs)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="319"/>
        <source>box AP</source>
        <translation>Box-AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="342"/>
        <source>Fused</source>
        <translation>Fusioniert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="355"/>
        <source>Box AP per category</source>
        <translation>Box-AP je Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="363"/>
        <source>s/s</source>
        <translation>s/s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="364"/>
        <source>l/s</source>
        <translation>l/s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="373"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="382"/>
        <source>Acc@k (not measured: see the notes above)</source>
        <translation>Acc@k (nicht gemessen: siehe Hinweise oben)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="382"/>
        <source>Acc@k of %1</source>
        <translation>Acc@k von %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="383"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="384"/>
        <source>Acc@k</source>
        <translation>Acc@k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="386"/>
        <source>Acc@%1</source>
        <translation>Acc@%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="403"/>
        <source>Annotated boxes</source>
        <translation>Annotierte Boxen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="404"/>
        <source>Fused boxes</source>
        <translation>Fusionierte Boxen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="405"/>
        <source>Query boxes</source>
        <translation>Suchboxen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="413"/>
        <source>AP50 %1 → &lt;b&gt;%2&lt;/b&gt; (%3%4) with %5; %n setting(s) tried.</source>
        <translation>
            <numerusform>AP50 %1 → &lt;b&gt;%2&lt;/b&gt; (%3%4) mit %5; %n Einstellung versucht.</numerusform>
            <numerusform>AP50 %1 → &lt;b&gt;%2&lt;/b&gt; (%3%4) mit %5; %n Einstellungen versucht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="416"/>
        <source>Tuned: apply it to the fusion panel to search with it.</source>
        <translation>Abgestimmt: Übernehmen Sie es in den Fusionsbereich, um damit zu suchen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="416"/>
        <source>Tuned: the current setting is already the best found.</source>
        <translation>Abgestimmt: Die aktuelle Einstellung ist bereits die beste gefundene.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="426"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="458"/>
        <source>Export the Evaluation to a Folder</source>
        <translation>Auswertung in einen Ordner exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="463"/>
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationRun</name>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="14"/>
        <source>Detecting on the dataset&apos;s photos</source>
        <translation>Erkennung auf den Fotos des Datensatzes</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="15"/>
        <source>Computing box AP</source>
        <translation>Box-AP wird berechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="16"/>
        <source>Searching with the annotated boxes</source>
        <translation>Suche mit den annotierten Boxen</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="17"/>
        <source>Searching with the fused boxes</source>
        <translation>Suche mit den fusionierten Boxen</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="59"/>
        <source>Tuning the fusion</source>
        <translation>Fusion wird abgestimmt</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationWorkspace</name>
    <message>
        <location filename="../ui/workspaces/evaluationworkspace.cpp" line="20"/>
        <source>Evaluation — Lookbook</source>
        <translation>Auswertung — Lookbook</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::FusionPanel</name>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="29"/>
        <source>Weighted boxes fusion</source>
        <translation>Weighted Boxes Fusion</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="30"/>
        <source>Non-maximum suppression</source>
        <translation>Non-Maximum Suppression</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="31"/>
        <source>Soft-NMS</source>
        <translation>Soft-NMS</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="32"/>
        <source>Non-maximum weighted</source>
        <translation>Non-Maximum Weighted</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="33"/>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="35"/>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="36"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="37"/>
        <source>Box and model average</source>
        <translation>Box- und Modellmittel</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="38"/>
        <source>Absent-model-aware average</source>
        <translation>Mittel mit fehlenden Modellen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="39"/>
        <source>How weighted boxes fusion scores a cluster of boxes</source>
        <translation>Wie Weighted Boxes Fusion eine Gruppe von Boxen bewertet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="40"/>
        <source>&amp;Confidence</source>
        <translation>&amp;Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="41"/>
        <source>IoU thr</source>
        <translation>IoU-Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="42"/>
        <source>Boxes overlapping more than this are merged (or suppressed)</source>
        <translation>Boxen, die sich stärker überlappen, werden zusammengeführt (oder unterdrückt)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="43"/>
        <source>Skip thr</source>
        <translation>Mindestkonfidenz</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="44"/>
        <source>Boxes scoring below this are left out of the fusion</source>
        <translation>Boxen mit geringerer Konfidenz werden nicht fusioniert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="47"/>
        <source>Detector weights</source>
        <translation>Detektorgewichte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="94"/>
        <source>No detectors loaded</source>
        <translation>Keine Detektoren geladen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="101"/>
        <source>Use the boxes of %1 in the fusion</source>
        <translation>Die Boxen von %1 fusionieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="104"/>
        <source>Fusion weight of %1</source>
        <translation>Fusionsgewicht von %1</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="29"/>
        <source>, %1 s left</source>
        <translation>, noch %1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="30"/>
        <source>%1 of %n photo(s) · %2 items/s%3 · %4</source>
        <translation>
            <numerusform>%1 von %n Foto · %2 Artikel/s%3 · %4</numerusform>
            <numerusform>%1 von %n Fotos · %2 Artikel/s%3 · %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="43"/>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="49"/>
        <source>a folder of shop photos, or a DeepFashion2 split (image/ + annos/)</source>
        <translation>ein Ordner mit Shop-Fotos oder ein DeepFashion2-Split (image/ + annos/)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="54"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="58"/>
        <source>Shop photos</source>
        <translation>Shop-Fotos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="59"/>
        <source>Street photos</source>
        <translation>Straßenfotos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="60"/>
        <source>All photos</source>
        <translation>Alle Fotos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Which photos of a DeepFashion2 split to import; a folder is always shop photos</source>
        <translation>Welche Fotos eines DeepFashion2-Splits importiert werden; ein Ordner enthält immer Shop-Fotos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="62"/>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="63"/>
        <source>Boxes: the split&apos;s annotations, or for a folder the workspace&apos;s detectors (%1); vectors: %2.</source>
        <translation>Boxen: die Annotationen des Splits, bei einem Ordner die Detektoren des Arbeitsbereichs (%1); Vektoren: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="74"/>
        <source>Choose what to import.</source>
        <translation>Wählen Sie, was importiert werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="79"/>
        <source>Photos that cannot be imported are listed here.</source>
        <translation>Fotos, die nicht importiert werden können, werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="82"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="113"/>
        <source>Import Photos From</source>
        <translation>Fotos importieren aus</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="123"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="136"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="138"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="145"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="156"/>
        <source>Photos added: %1, already there: %2, failed: %3; vectors: %4 in %5 s.</source>
        <translation>Fotos hinzugefügt: %1, bereits vorhanden: %2, fehlgeschlagen: %3; Vektoren: %4 in %5 s.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="163"/>
        <source>Cancelled: importing the same source again continues where this stopped.</source>
        <translation>Abgebrochen: Ein erneuter Import derselben Quelle setzt hier fort.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="165"/>
        <source>The index was rebuilt.</source>
        <translation>Der Index wurde neu erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="167"/>
        <source>The index was not rebuilt: %1</source>
        <translation>Der Index wurde nicht neu erstellt: %1</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::IndexStatus</name>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="22"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="47"/>
        <source>&amp;Rebuild Index</source>
        <translation>Index &amp;neu erstellen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="48"/>
        <source>Builds the index again from the catalog&apos;s vectors (Tools ▸ Preferences ▸ Catalog chooses its type)</source>
        <translation>Erstellt den Index aus den Vektoren des Katalogs neu (den Typ wählt Werkzeuge ▸ Einstellungen ▸ Katalog)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="59"/>
        <source>No catalog open</source>
        <translation>Kein Katalog geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="60"/>
        <source>Opening…</source>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="61"/>
        <source>Index up to date</source>
        <translation>Index aktuell</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="62"/>
        <source>Index out of date</source>
        <translation>Index veraltet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="63"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="64"/>
        <source>Rebuilding the index…</source>
        <translation>Index wird neu erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="82"/>
        <source>Vector set &lt;b&gt;%1&lt;/b&gt; by %2 (%3 dimensions): %4 vectors.&lt;br&gt;Index: %5, %6 vectors, built %7.</source>
        <translation>Vektorsatz &lt;b&gt;%1&lt;/b&gt; von %2 (%3 Dimensionen): %4 Vektoren.&lt;br&gt;Index: %5, %6 Vektoren, erstellt %7.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="31"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ItemInspector</name>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="26"/>
        <source>Ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="28"/>
        <source>Ground truth (corrected)</source>
        <translation>Ground Truth (korrigiert)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="30"/>
        <source>Prediction (fused)</source>
        <translation>Vorhersage (fusioniert)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="32"/>
        <source>Prediction (one detector)</source>
        <translation>Vorhersage (ein Detektor)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="41"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="47"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="48"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="52"/>
        <source>Pair id</source>
        <translation>Paar-ID</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="56"/>
        <source>Selected box</source>
        <translation>Gewählte Box</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="61"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="65"/>
        <source>&amp;Accept as Ground Truth</source>
        <translation>Als Ground Truth &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="66"/>
        <source>Copy this prediction into the ground truth (A)</source>
        <translation>Diese Vorhersage in die Ground Truth kopieren (A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="67"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="68"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="69"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="70"/>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="71"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="119"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 × %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 × %4</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="128"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 %3&lt;br&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 %3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="131"/>
        <source>Suspicion &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Verdacht &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="134"/>
        <source>Not checked: run the detectors (Dataset ▸ Run Detectors)</source>
        <translation>Nicht geprüft: Führen Sie die Detektoren aus (Datensatz ▸ Detektoren ausführen)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="137"/>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="148"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="151"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="153"/>
        <source>Nothing selected: click a box, or drag on the photo to draw one</source>
        <translation>Nichts ausgewählt: Klicken Sie auf eine Box oder ziehen Sie auf dem Foto, um eine zu zeichnen</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::LayersPanel</name>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="49"/>
        <location filename="../ui/widgets/layerspanel.cpp" line="62"/>
        <source>Fused boxes</source>
        <translation>Fusionierte Boxen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="51"/>
        <source>No detectors yet: open a catalog with its models (File ▸ Open Catalog…).</source>
        <translation>Noch keine Detektoren: Öffnen Sie einen Katalog mit seinen Modellen (Datei ▸ Katalog öffnen …).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="57"/>
        <source>Score ≥</source>
        <translation>Konfidenz ≥</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="70"/>
        <source>Show the boxes of detector %1</source>
        <translation>Die Boxen des Detektors %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="70"/>
        <source>Show the fused boxes</source>
        <translation>Die fusionierten Boxen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="80"/>
        <source>Boxes of %1 scoring below this are neither shown nor fused</source>
        <translation>Boxen von %1 mit geringerer Konfidenz werden weder angezeigt noch fusioniert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="100"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::MainWindow</name>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="29"/>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="37"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="38"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="39"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="82"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="88"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="91"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="108"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="109"/>
        <source>&amp;Evaluate on a Dataset…</source>
        <translation>Auf einem Datensatz &amp;auswerten …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="112"/>
        <source>Detection AP and retrieval Acc@k of the workspace&apos;s models and fusion setting on a DeepFashion2-layout dataset</source>
        <translation>Erkennungs-AP und Such-Acc@k der Modelle und der Fusionseinstellung des Arbeitsbereichs auf einem Datensatz im DeepFashion2-Layout</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="115"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="119"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="120"/>
        <source>&amp;About Lookbook</source>
        <translation>Über &amp;Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="121"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="36"/>
        <source>Device: checking…</source>
        <translation>Gerät: wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="181"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/mainwindow.cpp" line="185"/>
        <source>CUDA (%n GPU(s))</source>
        <translation>
            <numerusform>CUDA (%n GPU)</numerusform>
            <numerusform>CUDA (%n GPUs)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="189"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="193"/>
        <source>A backend self-check failed: see Help ▸ About Lookbook</source>
        <translation>Ein Backend-Selbsttest ist fehlgeschlagen: siehe Hilfe ▸ Über Lookbook</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ManifestList</name>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="22"/>
        <source>detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="24"/>
        <source>embedder</source>
        <translation>Embedder</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="26"/>
        <source>ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="41"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="42"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="80"/>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="82"/>
        <source>unreadable — %1</source>
        <translation>nicht lesbar — %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="111"/>
        <source>Add Model Manifests</source>
        <translation>Modellmanifeste hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="111"/>
        <source>Model manifests (*.json);;All files (*)</source>
        <translation>Modellmanifeste (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::MessageBar</name>
    <message>
        <location filename="../ui/widgets/messagebar.cpp" line="30"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::OpenCatalogDialog</name>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="20"/>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="76"/>
        <source>Open Catalog</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="26"/>
        <source>a catalog made with lookbook-cli catalog create / import</source>
        <translation>ein mit lookbook-cli catalog create / import erstellter Katalog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="27"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="31"/>
        <source>&amp;Catalog:</source>
        <translation>&amp;Katalog:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="36"/>
        <source>&amp;Models (detectors, and the embedder that made the catalog&apos;s vectors); untick to leave one out:</source>
        <translation>&amp;Modelle (Detektoren und der Embedder, der die Vektoren des Katalogs erzeugt hat); zum Weglassen abwählen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="77"/>
        <source>Lookbook catalogs (*.db);;All files (*)</source>
        <translation>Lookbook-Kataloge (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PhotoCanvas</name>
    <message>
        <location filename="../ui/widgets/photocanvas.cpp" line="229"/>
        <source>Open a street photo to find its garments in the shop

Ctrl+O to open  ·  Ctrl+V to paste  ·  or drop an image here</source>
        <translation>Öffnen Sie ein Straßenfoto, um seine Kleidungsstücke im Shop zu finden

Strg+O zum Öffnen  ·  Strg+V zum Einfügen  ·  oder ein Bild hierher ziehen</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="33"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="41"/>
        <source>Detectors, and the embedder (or ensemble) that made the catalog&apos;s vectors. Untick a model to leave it out without forgetting it.</source>
        <translation>Detektoren und der Embedder (oder das Ensemble), der die Vektoren des Katalogs erzeugt hat. Entfernen Sie das Häkchen bei einem Modell, um es auszulassen, ohne es zu vergessen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="52"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="57"/>
        <source>Automatic (CUDA when there is a GPU)</source>
        <translation>Automatisch (CUDA, wenn eine GPU vorhanden ist)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="58"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="59"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="61"/>
        <source>&amp;Run models on:</source>
        <translation>Modelle &amp;ausführen auf:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="65"/>
        <source>Automatic (one per core)</source>
        <translation>Automatisch (einer pro Kern)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="67"/>
        <source>CPU threads each model uses; fewer leave room for other programs</source>
        <translation>CPU-Threads pro Modell; weniger lassen anderen Programmen Platz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="68"/>
        <source>CPU &amp;threads:</source>
        <translation>CPU-&amp;Threads:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="69"/>
        <source>A change here reloads the catalog&apos;s models.</source>
        <translation>Eine Änderung hier lädt die Modelle des Katalogs neu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="70"/>
        <source>&amp;Performance</source>
        <translation>&amp;Leistung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="76"/>
        <source>As recorded for the catalog</source>
        <translation>Wie für den Katalog gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="77"/>
        <source>Exact (flat, inner product)</source>
        <translation>Exakt (flat, Skalarprodukt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="78"/>
        <source>HNSW graph (fast, approximate)</source>
        <translation>HNSW-Graph (schnell, approximativ)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="79"/>
        <source>IVF-PQ (compact, for millions of items)</source>
        <translation>IVF-PQ (kompakt, für Millionen von Artikeln)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="81"/>
        <source>&amp;Index type:</source>
        <translation>&amp;Indextyp:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="82"/>
        <source>Used by Tools ▸ Rebuild Index. A type other than the catalog&apos;s builds it with that type&apos;s default parameters; lookbook-cli index build sets them all.</source>
        <translation>Wird von Werkzeuge ▸ Index neu erstellen verwendet. Ein anderer Typ als der des Katalogs wird mit dessen Standardparametern erstellt; lookbook-cli index build setzt sie alle.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="88"/>
        <source> thumbnails</source>
        <translation> Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="90"/>
        <source>About 100 KB each; the least recently shown go first</source>
        <translation>Je etwa 100 KB; die am längsten nicht gezeigten werden zuerst verworfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="91"/>
        <source>&amp;Thumbnail cache:</source>
        <translation>&amp;Vorschaubild-Cache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="92"/>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="98"/>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="102"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="103"/>
        <source>Applies after Lookbook is restarted.</source>
        <translation>Wirkt nach einem Neustart von Lookbook.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="104"/>
        <source>&amp;Interface</source>
        <translation>&amp;Oberfläche</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultDelegate</name>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="58"/>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="70"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="84"/>
        <source>pair %1</source>
        <translation>Paar %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="87"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultsModel</name>
    <message>
        <location filename="../ui/models/resultsmodel.cpp" line="51"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; similarity %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; Ähnlichkeit %2&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="36"/>
        <source>E&amp;mbedder:</source>
        <translation>E&amp;mbedder:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="40"/>
        <source>The model whose vectors are searched; the catalog holds a vector set for each</source>
        <translation>Das Modell, dessen Vektoren durchsucht werden; der Katalog enthält für jedes einen Vektorsatz</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="46"/>
        <source>Post-processing:</source>
        <translation>Nachbearbeitung:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="48"/>
        <source>&amp;QE</source>
        <translation>&amp;QE</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="49"/>
        <source>α-query expansion: the query is averaged with its %1 nearest shop items</source>
        <translation>α-Query-Expansion: Die Anfrage wird mit ihren %1 nächsten Shop-Artikeln gemittelt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="50"/>
        <source>&amp;DBA</source>
        <translation>&amp;DBA</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="51"/>
        <source>Database-side augmentation: every shop item is averaged with its %1 nearest neighbours</source>
        <translation>Datenbankseitige Augmentierung: Jeder Shop-Artikel wird mit seinen %1 nächsten Nachbarn gemittelt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="52"/>
        <source>&amp;Re-rank</source>
        <translation>&amp;Neu ordnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="53"/>
        <source>k-reciprocal re-ranking (k1 = 20, k2 = 6, λ = 0.3)</source>
        <translation>k-reziprokes Re-Ranking (k1 = 20, k2 = 6, λ = 0,3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="94"/>
        <source>&lt;i&gt;Click a fused box, or Shift+drag a box of your own, to find it in the shop&lt;/i&gt;</source>
        <translation>&lt;i&gt;Klicken Sie auf eine fusionierte Box oder ziehen Sie mit Umschalt eine eigene, um sie im Shop zu finden&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewCanvas</name>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="397"/>
        <source>Open a review catalog (Dataset ▸ Open Review Catalog…)
or import a dataset (Dataset ▸ Import Dataset…)</source>
        <translation>Öffnen Sie einen Prüfkatalog (Datensatz ▸ Prüfkatalog öffnen …)
oder importieren Sie einen Datensatz (Datensatz ▸ Datensatz importieren …)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="479"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="482"/>
        <source>Suspicion %1 · IoU ≥ %2 · score ≥ %3</source>
        <translation>Verdacht %1 · IoU ≥ %2 · Score ≥ %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="487"/>
        <source>Ground truth (no predictions yet: Dataset ▸ Run Detectors)</source>
        <translation>Ground Truth (noch keine Vorhersagen: Datensatz ▸ Detektoren ausführen)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="490"/>
        <source>── ground truth   - - prediction</source>
        <translation>── Ground Truth   - - Vorhersage</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewDocument</name>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="137"/>
        <location filename="../ui/models/reviewdocument.cpp" line="381"/>
        <source>No review catalog is open.</source>
        <translation>Kein Prüfkatalog geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="258"/>
        <source>Add box</source>
        <translation>Box hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="272"/>
        <source>Move box</source>
        <translation>Box verschieben</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="294"/>
        <source>Nudge box</source>
        <translation>Box schrittweise verschieben</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="304"/>
        <source>Delete prediction</source>
        <translation>Vorhersage löschen</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="304"/>
        <source>Delete box</source>
        <translation>Box löschen</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="321"/>
        <source>Change category</source>
        <translation>Kategorie ändern</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="336"/>
        <source>Change style</source>
        <translation>Stil ändern</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="346"/>
        <source>Change pair id</source>
        <translation>Paar-ID ändern</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="365"/>
        <source>Accept prediction</source>
        <translation>Vorhersage übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="375"/>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="375"/>
        <source>Mark unreviewed</source>
        <translation>Als ungeprüft markieren</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="482"/>
        <source>%1: cannot read the recovery journal: %2</source>
        <translation>%1: Das Wiederherstellungsjournal kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="486"/>
        <source>%1: the recovery journal is damaged (%2); it was left as it is</source>
        <translation>%1: Das Wiederherstellungsjournal ist beschädigt (%2); es wurde unverändert gelassen</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="536"/>
        <location filename="../ui/models/reviewdocument.cpp" line="539"/>
        <source>Restore unsaved edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewImageModel</name>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="105"/>
        <source>%1
%2 · not checked yet</source>
        <translation>%1
%2 · noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="106"/>
        <source>%1%2 · suspicion %3
%4 TP · %5 missed · %6 spurious
%7 wrong class · %8 poor IoU</source>
        <translation>%1%2 · Verdacht %3
%4 richtig · %5 verfehlt · %6 Fehlalarm
%7 falsche Klasse · %8 schwache IoU</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="107"/>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewWorkspace</name>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="56"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="67"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="68"/>
        <source>Inspector</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="69"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="126"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="128"/>
        <source>&amp;Save Review Edits</source>
        <translation>Prüfänderungen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="130"/>
        <source>Write the edits to the review catalog, with the review log</source>
        <translation>Die Änderungen samt Prüfprotokoll in den Prüfkatalog schreiben</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="132"/>
        <source>&amp;Open Review Catalog…</source>
        <translation>Prüfkatalog ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="133"/>
        <source>Open a review catalog made by Import Dataset</source>
        <translation>Einen mit „Datensatz importieren“ erstellten Prüfkatalog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="135"/>
        <source>&amp;Import Dataset…</source>
        <translation>Datensatz &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="136"/>
        <source>Make a review catalog from a DeepFashion2 split or a COCO JSON file</source>
        <translation>Einen Prüfkatalog aus einem DeepFashion2-Split oder einer COCO-JSON-Datei erstellen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="138"/>
        <source>&amp;Run Detectors</source>
        <translation>Detektoren &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="140"/>
        <source>Detect and fuse boxes on the images without predictions, and match them with the ground truth</source>
        <translation>Boxen auf den Bildern ohne Vorhersagen erkennen und fusionieren und mit der Ground Truth abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="142"/>
        <source>&amp;Cancel Dataset Job</source>
        <translation>Datensatzauftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="145"/>
        <source>&amp;Next Image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="148"/>
        <source>&amp;Previous Image</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="151"/>
        <source>&amp;Mark Reviewed</source>
        <translation>Als geprüft &amp;markieren</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="153"/>
        <source>Mark the image reviewed (or not)</source>
        <translation>Das Bild als geprüft markieren (oder nicht)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="155"/>
        <source>Export as &amp;DeepFashion2…</source>
        <translation>Als &amp;DeepFashion2 exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="156"/>
        <source>Write the saved annotations as a DeepFashion2 split (annos/ and image/)</source>
        <translation>Die gespeicherten Annotationen als DeepFashion2-Split schreiben (annos/ und image/)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="158"/>
        <source>Export as &amp;COCO…</source>
        <translation>Als &amp;COCO exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="159"/>
        <source>Write the saved annotations as one COCO JSON file</source>
        <translation>Die gespeicherten Annotationen als eine COCO-JSON-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="161"/>
        <source>Export Review &amp;Log…</source>
        <translation>Prüf&amp;protokoll exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="162"/>
        <source>Write who changed what, and when, as CSV</source>
        <translation>Wer was wann geändert hat, als CSV schreiben</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="164"/>
        <source>Re-&amp;index Corrected Shop Items</source>
        <translation>Korrigierte Shop-Artikel neu &amp;indizieren</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="165"/>
        <source>Embed the shop items whose boxes changed and update the index in place</source>
        <translation>Die Shop-Artikel mit geänderten Boxen einbetten und den Index direkt aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="167"/>
        <source>&amp;Accept Prediction as Ground Truth</source>
        <translation>Vorhersage als Ground Truth &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="170"/>
        <source>&amp;Delete Box</source>
        <translation>Box &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="173"/>
        <source>&amp;Dataset</source>
        <translation>&amp;Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="185"/>
        <source>Review[*] — Lookbook</source>
        <translation>Prüfung[*] — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="185"/>
        <source>%1[*] — Review — Lookbook</source>
        <translation>%1[*] — Prüfung — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="234"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="238"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="240"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="244"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="333"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="241"/>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="242"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="245"/>
        <source>Any error</source>
        <translation>Jeder Fehler</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="246"/>
        <source>Missed ground truth</source>
        <translation>Verfehlte Ground Truth</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="247"/>
        <source>Spurious prediction</source>
        <translation>Fehlalarm-Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="248"/>
        <source>Wrong category</source>
        <translation>Falsche Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="249"/>
        <source>Poor IoU</source>
        <translation>Schwache IoU</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="251"/>
        <source>Most suspicious first</source>
        <translation>Verdächtigste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="252"/>
        <source>Image id</source>
        <translation>Bild-ID</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="253"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="254"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="255"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="256"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="257"/>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="261"/>
        <source>A prediction matches a ground-truth box at this IoU or more</source>
        <translation>Eine Vorhersage passt zu einer Ground-Truth-Box ab dieser IoU</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="265"/>
        <source>Predictions below this score are too unsure to judge a label by: not matched, not drawn</source>
        <translation>Vorhersagen unter diesem Score sind zu unsicher, um ein Label zu beurteilen: nicht abgeglichen, nicht gezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="267"/>
        <source>IoU ≥</source>
        <translation>IoU ≥</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="269"/>
        <source>score ≥</source>
        <translation>Score ≥</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="271"/>
        <source>Match</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="328"/>
        <source>No image matches the filters</source>
        <translation>Kein Bild entspricht den Filtern</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="349"/>
        <source>Edits that were not saved when Lookbook last stopped were found in %1. Restore them (they stay unsaved until you save), or close this bar and go on without them.</source>
        <translation>In %1 wurden Änderungen gefunden, die beim letzten Beenden von Lookbook nicht gespeichert waren. Stellen Sie sie wieder her (sie bleiben ungespeichert, bis Sie speichern), oder schließen Sie diese Leiste und machen Sie ohne sie weiter.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="352"/>
        <source>&amp;Restore Edits</source>
        <translation>Änderungen &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="387"/>
        <source>Matching again at IoU ≥ %1, score ≥ %2…</source>
        <translation>Neuer Abgleich bei IoU ≥ %1, Score ≥ %2 …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="388"/>
        <source>Matching again: %1 of %2 images</source>
        <translation>Neuer Abgleich: %1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="396"/>
        <source>QA counts are up to date</source>
        <translation>QA-Zählungen sind aktuell</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="407"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="429"/>
        <source>%1: not in the review catalog %2</source>
        <translation>%1: nicht im Prüfkatalog %2</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="519"/>
        <source>Unsaved Review Edits</source>
        <translation>Ungespeicherte Prüfänderungen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="520"/>
        <source>The review catalog %1 has edits that are not saved. Save them?</source>
        <translation>Der Prüfkatalog %1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="532"/>
        <source>Open Review Catalog</source>
        <translation>Prüfkatalog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="532"/>
        <source>Catalogs (*.db);;All files (*)</source>
        <translation>Kataloge (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="539"/>
        <source>Import a DeepFashion2 Split (a folder with image/ and annos/)</source>
        <translation>DeepFashion2-Split importieren (ein Ordner mit image/ und annos/)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="541"/>
        <source>Or Import a COCO Ground-Truth File</source>
        <translation>Oder eine COCO-Ground-Truth-Datei importieren</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="541"/>
        <source>COCO JSON (*.json)</source>
        <translation>COCO-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="545"/>
        <source>Review Catalog to Create or Extend</source>
        <translation>Zu erstellender oder zu erweiternder Prüfkatalog</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="548"/>
        <source>Catalogs (*.db)</source>
        <translation>Kataloge (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="594"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="611"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="612"/>
        <source>Importing: %1 of %2 images</source>
        <translation>Import: %1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="617"/>
        <source>%1 images imported (%2 items), %3 already there%4, in %5 s</source>
        <translation>%1 Bilder importiert (%2 Artikel), %3 bereits vorhanden%4, in %5 s</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="621"/>
        <source>; cancelled: import again to go on</source>
        <translation>; abgebrochen: erneut importieren, um fortzufahren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="626"/>
        <source>%n file(s) could not be imported: %1</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden: %1</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="637"/>
        <source>Detector Manifests</source>
        <translation>Detektormanifeste</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="638"/>
        <source>Model manifests (*.json)</source>
        <translation>Modellmanifeste (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="651"/>
        <source>Running %n detector(s)…</source>
        <translation>
            <numerusform>%n Detektor läuft …</numerusform>
            <numerusform>%n Detektoren laufen …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="654"/>
        <source>Detecting: %1 of %2 images, %3 images/s</source>
        <translation>Erkennung: %1 von %2 Bildern, %3 Bilder/s</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="662"/>
        <source>%1 images checked, %2 boxes stored, %3 failed%4, in %5 s</source>
        <translation>%1 Bilder geprüft, %2 Boxen gespeichert, %3 fehlgeschlagen%4, in %5 s</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="666"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="779"/>
        <source>; cancelled: run again to go on</source>
        <translation>; abgebrochen: erneut ausführen, um fortzufahren</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="700"/>
        <source>Export as COCO</source>
        <translation>Als COCO exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="701"/>
        <source>COCO annotations (*.json)</source>
        <translation>COCO-Annotationen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="702"/>
        <source>Export as DeepFashion2 (a new split folder)</source>
        <translation>Als DeepFashion2 exportieren (ein neuer Split-Ordner)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="711"/>
        <source>Export Review Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="713"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="726"/>
        <source>Exporting annotations…</source>
        <translation>Annotationen werden exportiert …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="727"/>
        <source>Exporting: %1 of %2 images</source>
        <translation>Export: %1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="731"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="750"/>
        <source>Export cancelled: nothing was written</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="734"/>
        <source>Exported %n image(s) with %1 boxes to %2</source>
        <translation>
            <numerusform>%n Bild mit %1 Boxen nach %2 exportiert</numerusform>
            <numerusform>%n Bilder mit %1 Boxen nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="746"/>
        <source>Exporting the review log…</source>
        <translation>Prüfprotokoll wird exportiert …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="747"/>
        <source>Exporting the review log: %1 of %2 rows</source>
        <translation>Prüfprotokoll wird exportiert: %1 von %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="751"/>
        <source>Exported %n review log row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile des Prüfprotokolls nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen des Prüfprotokolls nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="767"/>
        <source>Re-indexing corrected shop items…</source>
        <translation>Korrigierte Shop-Artikel werden neu indiziert …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="768"/>
        <source>Embedding: %1 of %2 items</source>
        <translation>Einbettung: %1 von %2 Artikeln</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="771"/>
        <source>the index was up to date</source>
        <translation>der Index war aktuell</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="772"/>
        <source>the index was updated in place</source>
        <translation>der Index wurde direkt aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="773"/>
        <source>the index was rebuilt (%1)</source>
        <translation>der Index wurde neu erstellt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="774"/>
        <source>Vector set %1: %2 item(s) embedded, %3 removed from and %4 added to the index; %5%6</source>
        <translation>Vektorsatz %1: %2 Artikel eingebettet, %3 aus dem Index entfernt und %4 hinzugefügt; %5%6</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::SearchSession</name>
    <message>
        <location filename="../ui/models/searchsession.cpp" line="262"/>
        <source>your box</source>
        <translation>Ihre Box</translation>
    </message>
    <message>
        <location filename="../ui/models/searchsession.cpp" line="264"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::SearchWorkspace</name>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="119"/>
        <source>Preparing the demo catalog (first run only): %1, %L2 of %L3…</source>
        <translation>Demo-Katalog wird vorbereitet (nur beim ersten Start): %1, %L2 von %L3 …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="143"/>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="143"/>
        <source>%1 — Lookbook</source>
        <translation>%1 — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="184"/>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="185"/>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="186"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="188"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="201"/>
        <source>&amp;Open Photo…</source>
        <translation>Foto ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="204"/>
        <source>Open a street photo</source>
        <translation>Ein Straßenfoto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="205"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="207"/>
        <source>&amp;Paste Photo</source>
        <translation>Foto ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="210"/>
        <source>Use the image on the clipboard as the street photo</source>
        <translation>Das Bild aus der Zwischenablage als Straßenfoto verwenden</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="211"/>
        <source>Open &amp;Catalog…</source>
        <translation>&amp;Katalog öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="214"/>
        <source>Choose the shop catalog to search and the models to use</source>
        <translation>Den zu durchsuchenden Shop-Katalog und die Modelle wählen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="215"/>
        <source>&amp;Import into Catalog…</source>
        <translation>In den Katalog &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="218"/>
        <source>Add a folder of shop photos or a DeepFashion2 split to the catalog</source>
        <translation>Einen Ordner mit Shop-Fotos oder einen DeepFashion2-Split zum Katalog hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="219"/>
        <source>&amp;Export Results…</source>
        <translation>Ergebnisse &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="222"/>
        <source>Save these results as JSON or CSV</source>
        <translation>Diese Ergebnisse als JSON oder CSV speichern</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="227"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="230"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="233"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="236"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="247"/>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="248"/>
        <source>&amp;Draw Query Box</source>
        <translation>Anfrage-Box &amp;zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="251"/>
        <source>Drag on the photo to search for what is inside your own box (Shift+drag does it at any time)</source>
        <translation>Auf dem Foto ziehen, um nach dem Inhalt einer eigenen Box zu suchen (Umschalt+Ziehen geht jederzeit)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="253"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="257"/>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="333"/>
        <source>&amp;Rebuild Index</source>
        <translation>Index &amp;neu erstellen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="259"/>
        <source>Build the catalog&apos;s vector index again from its vectors (as lookbook-cli index build)</source>
        <translation>Den Vektorindex des Katalogs aus seinen Vektoren neu erstellen (wie lookbook-cli index build)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="262"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="284"/>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="296"/>
        <source>No catalog</source>
        <translation>Kein Katalog</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="307"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="327"/>
        <source>No results for &lt;b&gt;%1&lt;/b&gt;: see the message above the photo</source>
        <translation>Keine Ergebnisse für &lt;b&gt;%1&lt;/b&gt;: siehe die Meldung über dem Foto</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="358"/>
        <source>Open Street Photo</source>
        <translation>Straßenfoto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="366"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="387"/>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="390"/>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="411"/>
        <source>%1 — %2 × %3 px</source>
        <translation>%1 — %2 × %3 px</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="423"/>
        <source>No catalog is open: choose one with File ▸ Open Catalog… (Ctrl+Shift+O) to find this photo&apos;s garments in the shop.</source>
        <translation>Kein Katalog geöffnet: Wählen Sie einen mit Datei ▸ Katalog öffnen … (Strg+Umschalt+O), um die Kleidungsstücke dieses Fotos im Shop zu finden.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="462"/>
        <source>Catalog: %1 (opening…)</source>
        <translation>Katalog: %1 (wird geöffnet …)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="490"/>
        <source>The demo could not be prepared: %1</source>
        <translation>Die Demo konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/searchworkspace.cpp" line="511"/>
        <source>Catalog: %1 — %Ln item(s) · %2</source>
        <translation>
            <numerusform>Katalog: %1 — %Ln Artikel · %2</numerusform>
            <numerusform>Katalog: %1 — %Ln Artikel · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="513"/>
        <source>%1
vector set %2, %3 dimensions, index %4</source>
        <translation>%1
Vektorsatz %2, %3 Dimensionen, Index %4</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="516"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="550"/>
        <source>Fused</source>
        <translation>Fusioniert</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="569"/>
        <source>Searching for &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Suche nach &lt;b&gt;%1&lt;/b&gt; …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/searchworkspace.cpp" line="576"/>
        <source>Results for &lt;b&gt;%1&lt;/b&gt; — the %n nearest shop item(s), %2 ms</source>
        <translation>
            <numerusform>Ergebnisse für &lt;b&gt;%1&lt;/b&gt; — %n nächster Shop-Artikel, %2 ms</numerusform>
            <numerusform>Ergebnisse für &lt;b&gt;%1&lt;/b&gt; — die %n nächsten Shop-Artikel, %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="589"/>
        <source>Loading catalog and models…</source>
        <translation>Katalog und Modelle werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="591"/>
        <source>Detecting…</source>
        <translation>Erkennung läuft …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="593"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="605"/>
        <source>detected in %1 ms</source>
        <translation>erkannt in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="607"/>
        <source>fused in %1 ms (fused boxes: %2)</source>
        <translation>fusioniert in %1 ms (fusionierte Boxen: %2)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="609"/>
        <source>searched in %1 ms</source>
        <translation>gesucht in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="615"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="616"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="618"/>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="625"/>
        <source>Saved the results to %1</source>
        <translation>Ergebnisse in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="656"/>
        <source>Open a catalog first (File ▸ Open Catalog…): this uses it and its models.</source>
        <translation>Öffnen Sie zuerst einen Katalog (Datei ▸ Katalog öffnen …): Dies verwendet ihn und seine Modelle.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="667"/>
        <source>Catalog: %1 (rebuilding the index…)</source>
        <translation>Katalog: %1 (Index wird neu erstellt …)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="680"/>
        <source>Rebuilt the index of vector set %1</source>
        <translation>Index des Vektorsatzes %1 neu erstellt</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="710"/>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="730"/>
        <source>dropped image</source>
        <translation>abgelegtes Bild</translation>
    </message>
</context>
</TS>
