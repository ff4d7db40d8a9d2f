<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- What Qt's own catalogue of its strings (qtbase_fr.qm, shipped with Qt) leaves in English in the file dialog:
     Qt 6 writes these labels with a mnemonic its translators have not caught up with. ui/translations.py installs
     this after Qt's catalogue, so it is asked first and Qt's answers the rest. -->
<TS version="2.1" language="fr">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Rega&amp;rder dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
</TS>
