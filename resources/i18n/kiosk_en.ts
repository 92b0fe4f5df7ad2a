<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AgeWords</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPinPage</name>
    <message>
        <source>The PIN that came with your card</source>
        <translation>The PIN that came with your card</translation>
    </message>
    <message>
        <source>Send me the code (Enter)</source>
        <translation>Send me the code (Enter)</translation>
    </message>
    <message>
        <source>Reset the card&apos;s PIN (Alt+P)</source>
        <translation>Reset the card&apos;s PIN (Alt+P)</translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translation>Alt+P</translation>
    </message>
    <message>
        <source>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</source>
        <translation>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</translation>
    </message>
    <message>
        <source>That PIN is not right: type it again.</source>
        <translation>That PIN is not right: type it again.</translation>
    </message>
    <message>
        <source>That PIN is not right: 1 try left before the PIN locks.</source>
        <translation>That PIN is not right: 1 try left before the PIN locks.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right: %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>That PIN is not right: %n try left before the PIN locks.</numerusform>
            <numerusform>That PIN is not right: %n tries left before the PIN locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Staff can reset it with a code sent to the e-mail or phone the shop has on file (Reset the card&apos;s PIN); without either on file, the shop&apos;s support unlocks it. Or start again and enrol as a new customer.</source>
        <translation>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Staff can reset it with a code sent to the e-mail or phone the shop has on file (Reset the card&apos;s PIN); without either on file, the shop&apos;s support unlocks it. Or start again and enrol as a new customer.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits: type all of them.</source>
        <translation>
            <numerusform>The PIN has %n digit: type it.</numerusform>
            <numerusform>The PIN has %n digits: type all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>The terminal&apos;s database is damaged: this till cannot take customers.</source>
        <translation>The terminal&apos;s database is damaged: this till cannot take customers.</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>today {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <source>Send now (S)</source>
        <translation>Send now (S)</translation>
    </message>
    <message>
        <source>Send every waiting operation now, without waiting for the next try.</source>
        <translation>Send every waiting operation now, without waiting for the next try.</translation>
    </message>
    <message>
        <source>Waiting operations are being sent now.</source>
        <translation>Waiting operations are being sent now.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty server address:</source>
        <translation>Loyalty server address:</translation>
    </message>
    <message>
        <source>Api key:</source>
        <translation>Api key:</translation>
    </message>
    <message>
        <source>Campaign number:</source>
        <translation>Campaign number:</translation>
    </message>
    <message>
        <source>Terminal serial number:</source>
        <translation>Terminal serial number:</translation>
    </message>
    <message>
        <source>Terminal user name:</source>
        <translation>Terminal user name:</translation>
    </message>
    <message>
        <source>Terminal password:</source>
        <translation>Terminal password:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Wipe the customer&apos;s screen after (seconds):</source>
        <translation>Wipe the customer&apos;s screen after (seconds):</translation>
    </message>
    <message>
        <source>Country of phone numbers:</source>
        <translation>Country of phone numbers:</translation>
    </message>
    <message>
        <source>PIN pad:</source>
        <translation>PIN pad:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>https://…  (empty: built-in sandbox)</source>
        <translation>https://…  (empty: built-in sandbox)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Shuffle the digits each time</source>
        <translation>Shuffle the digits each time</translation>
    </message>
    <message>
        <source>Test connection (Ctrl+T)</source>
        <translation>Test connection (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Set when the app was started, and stronger than what is saved here: {names}.</source>
        <translation>Set when the app was started, and stronger than what is saved here: {names}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Leave it empty to use the built-in sandbox with demo data (no real customers).</source>
        <translation>Leave it empty to use the built-in sandbox with demo data (no real customers).</translation>
    </message>
    <message>
        <source>Leave it empty to keep the one saved.</source>
        <translation>Leave it empty to keep the one saved.</translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation>0 means never.</translation>
    </message>
    <message>
        <source>Two letters, for example IT: used for phone numbers typed without +.</source>
        <translation>Two letters, for example IT: used for phone numbers typed without +.</translation>
    </message>
    <message>
        <source>Against smudges and onlookers; a customer used to the phone layout is slower with it.</source>
        <translation>Against smudges and onlookers; a customer used to the phone layout is slower with it.</translation>
    </message>
    <message>
        <source>With no address, the built-in sandbox starts with the app.</source>
        <translation>With no address, the built-in sandbox starts with the app.</translation>
    </message>
    <message>
        <source>The connection test could not run.</source>
        <translation>The connection test could not run.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>With a loyalty server address, also fill in: {fields}.</source>
        <translation>With a loyalty server address, also fill in: {fields}.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>The settings could not be saved: {error}</translation>
    </message>
</context>
</TS>
