<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>accord::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation><numerusform>%n file could not be read.</numerusform><numerusform>%n files could not be read.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n track</numerusform><numerusform>%n tracks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation><numerusform>%n unreadable</numerusform><numerusform>%n unreadable</numerusform></translation>
    </message>
</context>
<context>
    <name>accord::ui::PlaylistBrowser</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n track</numerusform><numerusform>%n tracks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation><numerusform>%n missing</numerusform><numerusform>%n missing</numerusform></translation>
    </message>
</context>
<context>
    <name>accord::ui::PlaylistController</name>
    <message numerus="yes">
        <source>Saved the queue as “%1” (%n track(s)).</source>
        <translation><numerusform>Saved the queue as “%1” (%n track).</numerusform><numerusform>Saved the queue as “%1” (%n tracks).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s) to the playlist.</source>
        <translation><numerusform>Added %n track to the playlist.</numerusform><numerusform>Added %n tracks to the playlist.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”: %n entry(s)</source>
        <translation><numerusform>Imported “%1”: %n entry</numerusform><numerusform>Imported “%1”: %n entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation><numerusform>%n missing</numerusform><numerusform>%n missing</numerusform></translation>
    </message>
</context>
<context>
    <name>accord::ui::PlaylistView</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n track</numerusform><numerusform>%n tracks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation><numerusform>%n missing</numerusform><numerusform>%n missing</numerusform></translation>
    </message>
</context>
</TS>