<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>IndexRebuild</name>
    <message>
        <location filename="../ui/models/indexrebuild.cpp" line="27"/>
        <source>%1: no vector set to index (%2 sets; choose one)</source>
        <translation>%1: kein Vektorsatz zum Indizieren (%2 Sätze; einen wählen)</translation>
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
        <location filename="../ui/widgets/mainwindow.cpp" line="65"/>
        <source>%1: cannot open this image: %2</source>
        <translation>%1: Dieses Bild lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="90"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>WorkspaceConfig</name>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="49"/>
        <source>No embedder chosen: add the embedder (or ensemble) manifest that made the catalog&apos;s vectors.</source>
        <translation>Kein Embedder gewählt: Fügen Sie das Manifest des Embedders (oder Ensembles) hinzu, der die Vektoren des Katalogs erzeugt hat.</translation>
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
        <location filename="../ui/widgets/catalogpanel.cpp" line="38"/>
        <source>&lt;i&gt;No catalog open&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Katalog geöffnet&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalogpanel.cpp" line="40"/>
        <source>%L1 shop items — %L2 listed, more as you scroll</source>
        <translation>%L1 Shop-Artikel — %L2 aufgeführt, weitere beim Blättern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalogpanel.cpp" line="42"/>
        <source>%L1 shop items</source>
        <translation>%L1 Shop-Artikel</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::CompareDialog</name>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="41"/>
        <source>Compare — result #%1</source>
        <translation>Vergleich — Ergebnis #%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="47"/>
        <source>Reading the shop photo…</source>
        <translation>Shop-Foto wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="48"/>
        <source>&lt;b&gt;Query&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Anfrage&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="50"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; — %2, similarity %3</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; — %2, Ähnlichkeit %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="53"/>
        <source>%1 · pair %2 · item %3</source>
        <translation>%1 · Paar %2 · Artikel %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="68"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
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
        <location filename="../ui/dialogs/importdialog.cpp" line="28"/>
        <source>, %1 s left</source>
        <translation>, noch %1 s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="30"/>
        <source>%1 of %2 photos · %3 items/s%4 · %5</source>
        <translation>%1 von %2 Fotos · %3 Artikel/s%4 · %5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="45"/>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="51"/>
        <source>a folder of shop photos, or a DeepFashion2 split (image/ + annos/)</source>
        <translation>ein Ordner mit Shop-Fotos oder ein DeepFashion2-Split (image/ + annos/)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="52"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="56"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="60"/>
        <source>Shop photos</source>
        <translation>Shop-Fotos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Street photos</source>
        <translation>Straßenfotos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="62"/>
        <source>All photos</source>
        <translation>Alle Fotos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="63"/>
        <source>Which photos of a DeepFashion2 split to import; a folder is always shop photos</source>
        <translation>Welche Fotos eines DeepFashion2-Splits importiert werden; ein Ordner enthält immer Shop-Fotos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="64"/>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="65"/>
        <source>Boxes: the split&apos;s annotations, or for a folder the workspace&apos;s detectors (%1); vectors: %2.</source>
        <translation>Boxen: die Annotationen des Splits, bei einem Ordner die Detektoren des Arbeitsbereichs (%1); Vektoren: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="76"/>
        <source>Choose what to import.</source>
        <translation>Wählen Sie, was importiert werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="81"/>
        <source>Photos that cannot be imported are listed here.</source>
        <translation>Fotos, die nicht importiert werden können, werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="84"/>
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
        <location filename="../ui/dialogs/importdialog.cpp" line="160"/>
        <source>Photos added: %1, already there: %2, failed: %3; vectors: %4 in %5 s.</source>
        <translation>Fotos hinzugefügt: %1, bereits vorhanden: %2, fehlgeschlagen: %3; Vektoren: %4 in %5 s.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="167"/>
        <source>Cancelled: importing the same source again continues where this stopped.</source>
        <translation>Abgebrochen: Ein erneuter Import derselben Quelle setzt hier fort.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="169"/>
        <source>The index was rebuilt.</source>
        <translation>Der Index wurde neu erstellt.</translation>
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
        <location filename="../ui/widgets/mainwindow.cpp" line="120"/>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="168"/>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="169"/>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="170"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="172"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="182"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="183"/>
        <source>&amp;Open Photo…</source>
        <translation>Foto ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="185"/>
        <source>Open a street photo</source>
        <translation>Ein Straßenfoto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="186"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="188"/>
        <source>&amp;Paste Photo</source>
        <translation>Foto ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="190"/>
        <source>Use the image on the clipboard as the street photo</source>
        <translation>Das Bild aus der Zwischenablage als Straßenfoto verwenden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="192"/>
        <source>Open &amp;Catalog…</source>
        <translation>&amp;Katalog öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="195"/>
        <source>Choose the shop catalog to search and the models to use</source>
        <translation>Den zu durchsuchenden Shop-Katalog und die Modelle wählen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="196"/>
        <source>&amp;Import into Catalog…</source>
        <translation>In den Katalog &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="198"/>
        <source>Add a folder of shop photos or a DeepFashion2 split to the catalog</source>
        <translation>Einen Ordner mit Shop-Fotos oder einen DeepFashion2-Split zum Katalog hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="199"/>
        <source>&amp;Export Results…</source>
        <translation>Ergebnisse &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="202"/>
        <source>Save these results as JSON or CSV</source>
        <translation>Diese Ergebnisse als JSON oder CSV speichern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="206"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="210"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="212"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="214"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="216"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="226"/>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="227"/>
        <source>&amp;Draw Query Box</source>
        <translation>Anfrage-Box &amp;zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="230"/>
        <source>Drag on the photo to search for what is inside your own box (Shift+drag does it at any time)</source>
        <translation>Auf dem Foto ziehen, um nach dem Inhalt einer eigenen Box zu suchen (Umschalt+Ziehen geht jederzeit)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="232"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="236"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="237"/>
        <location filename="../ui/widgets/mainwindow.cpp" line="315"/>
        <source>&amp;Rebuild Index</source>
        <translation>Index &amp;neu erstellen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="238"/>
        <source>Build the catalog&apos;s vector index again from its vectors (as lookbook-cli index build)</source>
        <translation>Den Vektorindex des Katalogs aus seinen Vektoren neu erstellen (wie lookbook-cli index build)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="240"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="244"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="245"/>
        <source>&amp;About Lookbook</source>
        <translation>Über &amp;Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="246"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="248"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="267"/>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="277"/>
        <source>No catalog</source>
        <translation>Kein Katalog</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="280"/>
        <source>Device: checking…</source>
        <translation>Gerät: wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="291"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="309"/>
        <source>No results for &lt;b&gt;%1&lt;/b&gt;: see the message above the photo</source>
        <translation>Keine Ergebnisse für &lt;b&gt;%1&lt;/b&gt;: siehe die Meldung über dem Foto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="353"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="357"/>
        <source>CUDA (%1 GPU)</source>
        <translation>CUDA (%1 GPU)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="361"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="365"/>
        <source>A backend self-check failed: see Help ▸ About Lookbook</source>
        <translation>Ein Backend-Selbsttest ist fehlgeschlagen: siehe Hilfe ▸ Über Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="372"/>
        <source>Open Street Photo</source>
        <translation>Straßenfoto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="380"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="401"/>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="404"/>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="425"/>
        <source>%1 — %2 × %3 px</source>
        <translation>%1 — %2 × %3 px</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="426"/>
        <source>%1 — Lookbook</source>
        <translation>%1 — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="437"/>
        <source>No catalog is open: choose one with File ▸ Open Catalog… (Ctrl+Shift+O) to find this photo&apos;s garments in the shop.</source>
        <translation>Kein Katalog geöffnet: Wählen Sie einen mit Datei ▸ Katalog öffnen … (Strg+Umschalt+O), um die Kleidungsstücke dieses Fotos im Shop zu finden.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="472"/>
        <source>Catalog: %1 (opening…)</source>
        <translation>Katalog: %1 (wird geöffnet …)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="489"/>
        <source>Catalog: %1 — %L2 items · %3</source>
        <translation>Katalog: %1 — %L2 Artikel · %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="493"/>
        <source>%1
vector set %2, %3 dimensions, index %4</source>
        <translation>%1
Vektorsatz %2, %3 Dimensionen, Index %4</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="496"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="527"/>
        <source>Fused</source>
        <translation>Fusioniert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="546"/>
        <source>Searching for &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Suche nach &lt;b&gt;%1&lt;/b&gt; …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="553"/>
        <source>Results for &lt;b&gt;%1&lt;/b&gt; — the %2 nearest shop items, %3 ms</source>
        <translation>Ergebnisse für &lt;b&gt;%1&lt;/b&gt; — die %2 nächsten Shop-Artikel, %3 ms</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="567"/>
        <source>Loading catalog and models…</source>
        <translation>Katalog und Modelle werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="569"/>
        <source>Detecting…</source>
        <translation>Erkennung läuft …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="571"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="583"/>
        <source>detected in %1 ms</source>
        <translation>erkannt in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="585"/>
        <source>fused in %1 ms (fused boxes: %2)</source>
        <translation>fusioniert in %1 ms (fusionierte Boxen: %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="587"/>
        <source>searched in %1 ms</source>
        <translation>gesucht in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="593"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="594"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="596"/>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="603"/>
        <source>Saved the results to %1</source>
        <translation>Ergebnisse in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="611"/>
        <location filename="../ui/widgets/mainwindow.cpp" line="616"/>
        <source>%1: cannot write the results: %2</source>
        <translation>%1: Die Ergebnisse können nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="640"/>
        <source>Open a catalog first (File ▸ Open Catalog…): this uses it and its models.</source>
        <translation>Öffnen Sie zuerst einen Katalog (Datei ▸ Katalog öffnen …): Dies verwendet ihn und seine Modelle.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="649"/>
        <source>Catalog: %1 (rebuilding the index…)</source>
        <translation>Katalog: %1 (Index wird neu erstellt …)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="658"/>
        <source>Rebuilt the index of vector set %1</source>
        <translation>Index des Vektorsatzes %1 neu erstellt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="688"/>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="742"/>
        <source>dropped image</source>
        <translation>abgelegtes Bild</translation>
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
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="24"/>
        <source>detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="26"/>
        <source>embedder</source>
        <translation>Embedder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="28"/>
        <source>ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="38"/>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="133"/>
        <source>Open Catalog</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="44"/>
        <source>a catalog made with lookbook-cli catalog create / import</source>
        <translation>ein mit lookbook-cli catalog create / import erstellter Katalog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="45"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="49"/>
        <source>&amp;Catalog:</source>
        <translation>&amp;Katalog:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="54"/>
        <source>&amp;Models (detectors, and the embedder that made the catalog&apos;s vectors); untick to leave one out:</source>
        <translation>&amp;Modelle (Detektoren und der Embedder, der die Vektoren des Katalogs erzeugt hat); zum Weglassen abwählen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="61"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="62"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="104"/>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="106"/>
        <source>unreadable — %1</source>
        <translation>nicht lesbar — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="134"/>
        <source>Lookbook catalogs (*.db);;All files (*)</source>
        <translation>Lookbook-Kataloge (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="141"/>
        <source>Add Model Manifests</source>
        <translation>Modellmanifeste hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="142"/>
        <source>Model manifests (*.json);;All files (*)</source>
        <translation>Modellmanifeste (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="158"/>
        <source>Choose a catalog.</source>
        <translation>Wählen Sie einen Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="160"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PhotoCanvas</name>
    <message>
        <location filename="../ui/widgets/photocanvas.cpp" line="288"/>
        <source>Open a street photo to find its garments in the shop

Ctrl+O to open  ·  Ctrl+V to paste  ·  or drop an image here</source>
        <translation>Öffnen Sie ein Straßenfoto, um seine Kleidungsstücke im Shop zu finden

Strg+O zum Öffnen  ·  Strg+V zum Einfügen  ·  oder ein Bild hierher ziehen</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="14"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="18"/>
        <source>Automatic (CUDA when there is a GPU)</source>
        <translation>Automatisch (CUDA, wenn eine GPU vorhanden ist)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="19"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="20"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="22"/>
        <source>&amp;Run models on:</source>
        <translation>Modelle &amp;ausführen auf:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="26"/>
        <source> thumbnails</source>
        <translation> Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="28"/>
        <source>About 100 KB each; the least recently shown go first</source>
        <translation>Je etwa 100 KB; die am längsten nicht gezeigten werden zuerst verworfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="29"/>
        <source>&amp;Thumbnail cache:</source>
        <translation>&amp;Vorschaubild-Cache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="31"/>
        <source>A change of device reloads the catalog&apos;s models.</source>
        <translation>Ein Gerätewechsel lädt die Modelle des Katalogs neu.</translation>
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
        <location filename="../ui/models/resultsmodel.cpp" line="63"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; similarity %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; Ähnlichkeit %2&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="34"/>
        <source>E&amp;mbedder:</source>
        <translation>E&amp;mbedder:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="36"/>
        <source>The model whose vectors are searched; the catalog holds a vector set for each</source>
        <translation>Das Modell, dessen Vektoren durchsucht werden; der Katalog enthält für jedes einen Vektorsatz</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="42"/>
        <source>Post-processing:</source>
        <translation>Nachbearbeitung:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="44"/>
        <source>&amp;QE</source>
        <translation>&amp;QE</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="45"/>
        <source>α-query expansion: the query is averaged with its %1 nearest shop items</source>
        <translation>α-Query-Expansion: Die Anfrage wird mit ihren %1 nächsten Shop-Artikeln gemittelt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="46"/>
        <source>&amp;DBA</source>
        <translation>&amp;DBA</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="47"/>
        <source>Database-side augmentation: every shop item is averaged with its %1 nearest neighbours</source>
        <translation>Datenbankseitige Augmentierung: Jeder Shop-Artikel wird mit seinen %1 nächsten Nachbarn gemittelt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="48"/>
        <source>&amp;Re-rank</source>
        <translation>&amp;Neu ordnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="49"/>
        <source>k-reciprocal re-ranking (k1 = 20, k2 = 6, λ = 0.3)</source>
        <translation>k-reziprokes Re-Ranking (k1 = 20, k2 = 6, λ = 0,3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="99"/>
        <source>&lt;i&gt;Click a fused box, or Shift+drag a box of your own, to find it in the shop&lt;/i&gt;</source>
        <translation>&lt;i&gt;Klicken Sie auf eine fusionierte Box oder ziehen Sie mit Umschalt eine eigene, um sie im Shop zu finden&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::SearchSession</name>
    <message>
        <location filename="../ui/models/searchsession.cpp" line="259"/>
        <source>your box</source>
        <translation>Ihre Box</translation>
    </message>
    <message>
        <location filename="../ui/models/searchsession.cpp" line="261"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
</TS>
