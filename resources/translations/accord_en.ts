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
</TS>