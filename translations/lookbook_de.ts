<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="38"/>
        <source>%1: cannot open this image: %2</source>
        <translation>%1: Dieses Bild lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="47"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
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
    <name>lookbook::ui::MainWindow</name>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="56"/>
        <location filename="../ui/widgets/mainwindow.cpp" line="196"/>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="72"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="73"/>
        <source>&amp;Open Photo…</source>
        <translation>Foto ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="75"/>
        <source>Open a street photo</source>
        <translation>Ein Straßenfoto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="76"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="78"/>
        <source>&amp;Paste Photo</source>
        <translation>Foto ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="80"/>
        <source>Use the image on the clipboard as the street photo</source>
        <translation>Das Bild aus der Zwischenablage als Straßenfoto verwenden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="85"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="86"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="88"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="90"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="92"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="95"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="96"/>
        <source>&amp;About Lookbook</source>
        <translation>Über &amp;Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="97"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="99"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="113"/>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="115"/>
        <source>Device: checking…</source>
        <translation>Gerät: wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="120"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="128"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="132"/>
        <source>CUDA (%1 GPU)</source>
        <translation>CUDA (%1 GPU)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="136"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="140"/>
        <source>A backend self-check failed: see Help ▸ About Lookbook</source>
        <translation>Ein Backend-Selbsttest ist fehlgeschlagen: siehe Hilfe ▸ Über Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="148"/>
        <source>Open Street Photo</source>
        <translation>Straßenfoto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="156"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="174"/>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="178"/>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="185"/>
        <source>%1 — %2 × %3 px</source>
        <translation>%1 — %2 × %3 px</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="186"/>
        <source>%1 — Lookbook</source>
        <translation>%1 — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="210"/>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="244"/>
        <source>dropped image</source>
        <translation>abgelegtes Bild</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PhotoCanvas</name>
    <message>
        <location filename="../ui/widgets/photocanvas.cpp" line="112"/>
        <source>Open a street photo to find its garments in the shop

Ctrl+O to open  ·  Ctrl+V to paste  ·  or drop an image here</source>
        <translation>Öffnen Sie ein Straßenfoto, um seine Kleidungsstücke im Shop zu finden

Strg+O zum Öffnen  ·  Strg+V zum Einfügen  ·  oder ein Bild hierher ziehen</translation>
    </message>
</context>
</TS>
