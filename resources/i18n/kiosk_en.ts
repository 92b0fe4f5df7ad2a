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
    <name>CardBarcode</name>
    <message>
        <source>Card barcode</source>
        <translation>Card barcode</translation>
    </message>
    <message>
        <source>Barcode of card {card}</source>
        <translation>Barcode of card {card}</translation>
    </message>
</context>
<context>
    <name>CardCodes</name>
    <message>
        <source>Card {card}</source>
        <translation>Card {card}</translation>
    </message>
</context>
<context>
    <name>CardCodesDialog</name>
    <message>
        <source>Card codes</source>
        <translation>Card codes</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
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
        <source>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</source>
        <translation>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</translation>
    </message>
    <message>
        <source>That PIN is not right: type it again.</source>
        <translation>That PIN is not right: type it again.</translation>
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
    <name>CardQrCode</name>
    <message>
        <source>Card QR code</source>
        <translation>Card QR code</translation>
    </message>
    <message>
        <source>QR code of card {card}</source>
        <translation>QR code of card {card}</translation>
    </message>
</context>
<context>
    <name>CodeBoxes</name>
    <message>
        <source>Digit {number} of the code</source>
        <translation>Digit {number} of the code</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Type the code we sent you</source>
        <translation>Type the code we sent you</translation>
    </message>
    <message>
        <source>Check the code (Enter)</source>
        <translation>Check the code (Enter)</translation>
    </message>
    <message>
        <source>Sent to {address}.</source>
        <translation>Sent to {address}.</translation>
    </message>
    <message>
        <source>It may take a minute to arrive: look in the e-mail&apos;s spam folder too.</source>
        <translation>It may take a minute to arrive: look in the e-mail&apos;s spam folder too.</translation>
    </message>
    <message>
        <source>It may take a minute to arrive: look in the phone&apos;s messages.</source>
        <translation>It may take a minute to arrive: look in the phone&apos;s messages.</translation>
    </message>
    <message numerus="yes">
        <source>It works for %n minutes.</source>
        <translation>
            <numerusform>It works for %n minute.</numerusform>
            <numerusform>It works for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new code (in %n s)</source>
        <translation>
            <numerusform>Send a new code (in %n s)</numerusform>
            <numerusform>Send a new code (in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code (Alt+R)</source>
        <translation>Send a new code (Alt+R)</translation>
    </message>
</context>
<context>
    <name>ConnectivityIndicator</name>
    <message>
        <source>Connecting…</source>
        <extracomment>The key that opens the queue; the window binds it with a QShortcut.</extracomment>
        <translation>Connecting…</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n waiting to sync</numerusform>
            <numerusform>%n waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>all synced</source>
        <translation>all synced</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Trouble reaching the server</source>
        <translation>Trouble reaching the server</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Offline since {time}</translation>
    </message>
    <message>
        <source>Trouble reaching the server since {time}</source>
        <translation>Trouble reaching the server since {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}. Press {key} to see the queue.</source>
        <translation>{summary}. Press {key} to see the queue.</translation>
    </message>
    <message>
        <source>Click or press {key} to see the queue of operations.</source>
        <translation>Click or press {key} to see the queue of operations.</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Demo mode on the built-in sandbox. Try card {card}.</source>
        <translation>Demo mode on the built-in sandbox. Try card {card}.</translation>
    </message>
    <message>
        <source>to change the settings</source>
        <extracomment>From the embedded sandbox&apos;s thread: that Backend serves now (True), or could not start (False).</extracomment>
        <translation>to change the settings</translation>
    </message>
    <message>
        <source>The new settings were saved but cannot be used: {reason}</source>
        <translation>The new settings were saved but cannot be used: {reason}</translation>
    </message>
</context>
<context>
    <name>CounterSession</name>
    <message>
        <source>The PIN of card {card} was changed.</source>
        <translation>The PIN of card {card} was changed.</translation>
    </message>
    <message>
        <source>Card {card} has a new PIN.</source>
        <translation>Card {card} has a new PIN.</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Ready: scan a card, or type a card number, e-mail or phone and press Enter.</source>
        <extracomment>The message line with nobody on screen (English; the window says it translated).</extracomment>
        <translation>Ready: scan a card, or type a card number, e-mail or phone and press Enter.</translation>
    </message>
    <message>
        <source>Kiosk — loyalty counter</source>
        <translation>Kiosk — loyalty counter</translation>
    </message>
    <message>
        <source>Scan a card, or type a card number, e-mail or phone, then Enter</source>
        <translation>Scan a card, or type a card number, e-mail or phone, then Enter</translation>
    </message>
    <message>
        <source>Ready for the next customer.

Scan their card, or type a card number, e-mail or phone.</source>
        <translation>Ready for the next customer.

Scan their card, or type a card number, e-mail or phone.</translation>
    </message>
    <message>
        <source>Search (F2)</source>
        <translation>Search (F2)</translation>
    </message>
    <message>
        <source>Purchase (F3)</source>
        <translation>Purchase (F3)</translation>
    </message>
    <message>
        <source>Refund (F4)</source>
        <translation>Refund (F4)</translation>
    </message>
    <message>
        <source>Top up (F5)</source>
        <translation>Top up (F5)</translation>
    </message>
    <message>
        <source>Card codes (F6)</source>
        <translation>Card codes (F6)</translation>
    </message>
    <message>
        <source>Redeem (F11)</source>
        <translation>Redeem (F11)</translation>
    </message>
    <message>
        <source>Customer PIN (F12)</source>
        <translation>Customer PIN (F12)</translation>
    </message>
    <message>
        <source>Enrol customer (F7)</source>
        <translation>Enrol customer (F7)</translation>
    </message>
    <message>
        <source>New card (F8)</source>
        <translation>New card (F8)</translation>
    </message>
    <message>
        <source>Queue (F9)</source>
        <translation>Queue (F9)</translation>
    </message>
    <message>
        <source>Settings (F10)</source>
        <translation>Settings (F10)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>Search (F2):</source>
        <translation>Search (F2):</translation>
    </message>
    <message>
        <source>Looking up {what}…</source>
        <translation>Looking up {what}…</translation>
    </message>
    <message>
        <source>This card cannot be used: scan the customer&apos;s new card {card}.</source>
        <translation>This card cannot be used: scan the customer&apos;s new card {card}.</translation>
    </message>
    <message>
        <source>This card cannot be used: ask for the customer&apos;s other card, or issue a new one (F8).</source>
        <translation>This card cannot be used: ask for the customer&apos;s other card, or issue a new one (F8).</translation>
    </message>
    <message>
        <source>Card {card}: F3 purchase, F5 top up, F11 redeem, Esc when done.</source>
        <translation>Card {card}: F3 purchase, F5 top up, F11 redeem, Esc when done.</translation>
    </message>
    <message>
        <source>Several cards match: choose the customer&apos;s card.</source>
        <translation>Several cards match: choose the customer&apos;s card.</translation>
    </message>
    <message>
        <source>Several cards match: choose the customer&apos;s card. {freshness}</source>
        <translation>Several cards match: choose the customer&apos;s card. {freshness}</translation>
    </message>
    <message>
        <source>No customer found: enrol them (F7) or issue a new card (F8).</source>
        <translation>No customer found: enrol them (F7) or issue a new card (F8).</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is damaged: this till cannot take customers.</source>
        <translation>The terminal&apos;s database is damaged: this till cannot take customers.</translation>
    </message>
    <message>
        <source>New card {card} issued: give it to the customer. They can enrol with it later.</source>
        <translation>New card {card} issued: give it to the customer. They can enrol with it later.</translation>
    </message>
    <message>
        <source>The customer was cleared from the screen after a while without use. {ready}</source>
        <translation>The customer was cleared from the screen after a while without use. {ready}</translation>
    </message>
    <message>
        <source>Choose the movement to refund with the arrow keys, then press F4 again.</source>
        <translation>Choose the movement to refund with the arrow keys, then press F4 again.</translation>
    </message>
    <message>
        <source>Asking the loyalty server for a new card…</source>
        <translation>Asking the loyalty server for a new card…</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Choose how you sign in</source>
        <translation>Choose how you sign in</translation>
    </message>
    <message>
        <source>Send me a code (Enter)</source>
        <translation>Send me a code (Enter)</translation>
    </message>
    <message>
        <source>name@example.com or 333 123 4567</source>
        <translation>name@example.com or 333 123 4567</translation>
    </message>
    <message>
        <source>Your e-mail or mobile number (we send a code there):</source>
        <translation>Your e-mail or mobile number (we send a code there):</translation>
    </message>
    <message>
        <source>Choose a password:</source>
        <translation>Choose a password:</translation>
    </message>
    <message>
        <source>Type the password again:</source>
        <translation>Type the password again:</translation>
    </message>
    <message>
        <source>Only you know it: it is shown as dots.</source>
        <translation>Only you know it: it is shown as dots.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>The password needs at least %n character, with a letter and a digit.</numerusform>
            <numerusform>The password needs at least %n characters, with a letter and a digit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter.</source>
        <translation>
            <numerusform>The password needs at least %n character, with a letter.</numerusform>
            <numerusform>The password needs at least %n characters, with a letter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a digit.</source>
        <translation>
            <numerusform>The password needs at least %n character, with a digit.</numerusform>
            <numerusform>The password needs at least %n characters, with a digit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Purchase</source>
        <extracomment>The English names (translated where shown: operation_name()).</extracomment>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <source>Credit spent</source>
        <translation>Credit spent</translation>
    </message>
    <message>
        <source>Credit top-up</source>
        <translation>Credit top-up</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Live from the loyalty server, at an unknown time.</source>
        <translation>Live from the loyalty server, at an unknown time.</translation>
    </message>
    <message>
        <source>From this terminal, at an unknown time: checking with the loyalty server…</source>
        <translation>From this terminal, at an unknown time: checking with the loyalty server…</translation>
    </message>
    <message>
        <source>From this terminal, at an unknown time: the loyalty server cannot be reached.</source>
        <translation>From this terminal, at an unknown time: the loyalty server cannot be reached.</translation>
    </message>
    <message>
        <source>Live from the loyalty server, {time} ({age}).</source>
        <translation>Live from the loyalty server, {time} ({age}).</translation>
    </message>
    <message>
        <source>From this terminal, as of {time} ({age}): checking with the loyalty server…</source>
        <translation>From this terminal, as of {time} ({age}): checking with the loyalty server…</translation>
    </message>
    <message>
        <source>From this terminal, as of {time} ({age}): the loyalty server cannot be reached.</source>
        <translation>From this terminal, as of {time} ({age}): the loyalty server cannot be reached.</translation>
    </message>
    <message>
        <source>({change} pending sync)</source>
        <translation>({change} pending sync)</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>BLOCKED</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>REPLACED</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <source>Anonymous card (customer not registered)</source>
        <translation>Anonymous card (customer not registered)</translation>
    </message>
    <message>
        <source>Name not kept on this terminal (shown when the loyalty server answers)</source>
        <translation>Name not kept on this terminal (shown when the loyalty server answers)</translation>
    </message>
    <message>
        <source>Registered customer (no name given)</source>
        <translation>Registered customer (no name given)</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Card {card}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>{status} — {reason}</source>
        <translation>{status} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message>
        <source>Last movements: loading…</source>
        <translation>Last movements: loading…</translation>
    </message>
    <message>
        <source>Last movements (select one and press F4 to refund it):</source>
        <translation>Last movements (select one and press F4 to refund it):</translation>
    </message>
    <message>
        <source>Last movements: none yet.</source>
        <translation>Last movements: none yet.</translation>
    </message>
    <message>
        <source>Last movements, from this terminal: none kept here.</source>
        <translation>Last movements, from this terminal: none kept here.</translation>
    </message>
    <message>
        <source>Last movements, from this terminal as of {time} (select one and press F4 to refund it):</source>
        <translation>Last movements, from this terminal as of {time} (select one and press F4 to refund it):</translation>
    </message>
    <message>
        <source>Last movements, from this terminal (select one and press F4 to refund it):</source>
        <translation>Last movements, from this terminal (select one and press F4 to refund it):</translation>
    </message>
    <message>
        <source>approved offline by a manager, pending sync</source>
        <translation>approved offline by a manager, pending sync</translation>
    </message>
    <message>
        <source>saved here, pending sync</source>
        <translation>saved here, pending sync</translation>
    </message>
    <message>
        <source>FAILED: {reason}</source>
        <translation>FAILED: {reason}</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunded</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synced</translation>
    </message>
    <message>
        <source>of {receipt}</source>
        <translation>of {receipt}</translation>
    </message>
</context>
<context>
    <name>CustomerPinDialog</name>
    <message>
        <source>Send the code (Enter)</source>
        <translation>Send the code (Enter)</translation>
    </message>
    <message>
        <source>A one-time code goes to the e-mail or phone the customer gave the loyalty program; with it they choose a new PIN. This also unlocks a locked PIN.</source>
        <translation>A one-time code goes to the e-mail or phone the customer gave the loyalty program; with it they choose a new PIN. This also unlocks a locked PIN.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Reset it with a code</source>
        <translation>Forgot the PIN? Reset it with a code</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Reset the customer&apos;s PIN</source>
        <translation>Reset the customer&apos;s PIN</translation>
    </message>
    <message>
        <source>Change the customer&apos;s PIN</source>
        <translation>Change the customer&apos;s PIN</translation>
    </message>
    <message>
        <source>{title} — card {card}</source>
        <translation>{title} — card {card}</translation>
    </message>
    <message>
        <source>Send the customer a one-time code.</source>
        <translation>Send the customer a one-time code.</translation>
    </message>
    <message>
        <source>The two new PINs are different: type the new PIN again.</source>
        <translation>The two new PINs are different: type the new PIN again.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Sending the code…</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to {address}; it works for %n minutes.</source>
        <translation>
            <numerusform>A code was sent to {address}; it works for %n minute.</numerusform>
            <numerusform>A code was sent to {address}; it works for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to the customer; it works for %n minutes.</source>
        <translation>
            <numerusform>A code was sent to the customer; it works for %n minute.</numerusform>
            <numerusform>A code was sent to the customer; it works for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: type your current PIN.</source>
        <translation>Customer: type your current PIN.</translation>
    </message>
    <message>
        <source>Customer: type your new PIN.</source>
        <translation>Customer: type your new PIN.</translation>
    </message>
    <message>
        <source>Customer: type the new PIN again.</source>
        <translation>Customer: type the new PIN again.</translation>
    </message>
    <message>
        <source>Type the code the customer received.</source>
        <translation>Type the code the customer received.</translation>
    </message>
</context>
<context>
    <name>DataForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>{field}: choose on a calendar</source>
        <translation>{field}: choose on a calendar</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-05-31.</source>
        <translation>Year-month-day, for example 1990-05-31.</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-05-31, or tap Calendar.</source>
        <translation>Year-month-day, for example 1990-05-31, or tap Calendar.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>I do not agree</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{field}, required</source>
        <translation>{field}, required</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Your consents</translation>
    </message>
    <message>
        <source>Read each one and choose: you decide, nothing is ticked for you.</source>
        <translation>Read each one and choose: you decide, nothing is ticked for you.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to keep the card with you, or show this code at every purchase.</source>
        <translation>Scan the QR code with your phone to keep the card with you, or show this code at every purchase.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Welcome, {name}!</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Enrol a customer</source>
        <translation>Enrol a customer</translation>
    </message>
    <message>
        <source>Change the address (Alt+B)</source>
        <translation>Change the address (Alt+B)</translation>
    </message>
    <message>
        <source>Start again (Alt+N)</source>
        <translation>Start again (Alt+N)</translation>
    </message>
    <message>
        <source>Try again (Alt+T)</source>
        <translation>Try again (Alt+T)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Next (Enter)</translation>
    </message>
    <message>
        <source>Looking for an unfinished enrolment…</source>
        <translation>Looking for an unfinished enrolment…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>Close (Enter)</translation>
    </message>
    <message>
        <source>There is nothing to enrol: they keep using their card. Press Enter to close this window; the counter then shows their card.</source>
        <translation>There is nothing to enrol: they keep using their card. Press Enter to close this window; the counter then shows their card.</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Type it again:</translation>
    </message>
    <message>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>No manager PIN is set yet. Choose one now: {low} to {high} digits, typed twice. Staff will need it to discard operations and change settings.</source>
        <translation>No manager PIN is set yet. Choose one now: {low} to {high} digits, typed twice. Staff will need it to discard operations and change settings.</translation>
    </message>
    <message>
        <source>New manager PIN:</source>
        <translation>New manager PIN:</translation>
    </message>
    <message>
        <source>Type the manager PIN {reason}.</source>
        <translation>Type the manager PIN {reason}.</translation>
    </message>
    <message>
        <source>This needs the manager: type the manager PIN.</source>
        <translation>This needs the manager: type the manager PIN.</translation>
    </message>
    <message>
        <source>Manager PIN:</source>
        <translation>Manager PIN:</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong manager PINs: try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong manager PINs: try again in %n second.</numerusform>
            <numerusform>Too many wrong manager PINs: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>Wrong manager PIN.</translation>
    </message>
    <message>
        <source>The manager PIN could not be saved; the log has the details.</source>
        <translation>The manager PIN could not be saved; the log has the details.</translation>
    </message>
    <message>
        <source>The manager PIN could not be checked; the log has the details.</source>
        <translation>The manager PIN could not be checked; the log has the details.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type it again in the second field.</source>
        <translation>The two PINs are not the same: type it again in the second field.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message numerus="yes">
        <source>%n cards match. Choose one: arrows and Enter, or its number (1–{last}).</source>
        <translation>
            <numerusform>%n card matches. Choose it: arrows and Enter, or its number (1–{last}).</numerusform>
            <numerusform>%n cards match. Choose one: arrows and Enter, or its number (1–{last}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}  ·  card {card}  ·  {points} points</source>
        <translation>
            <numerusform>{name}  ·  card {card}  ·  {points} point</numerusform>
            <numerusform>{name}  ·  card {card}  ·  {points} points</numerusform>
        </translation>
    </message>
    <message>
        <source>{card_line} — {status}</source>
        <translation>{card_line} — {status}</translation>
    </message>
</context>
<context>
    <name>NotFoundPanel</name>
    <message>
        <source>Is the customer new? Enrol them, or give them a new card now and enrol later.</source>
        <translation>Is the customer new? Enrol them, or give them a new card now and enrol later.</translation>
    </message>
    <message>
        <source>Enrol customer (F7)</source>
        <translation>Enrol customer (F7)</translation>
    </message>
    <message>
        <source>Issue new card (F8)</source>
        <translation>Issue new card (F8)</translation>
    </message>
    <message>
        <source>No customer found for “{text}”. {message}</source>
        <translation>No customer found for “{text}”. {message}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Never use your bank card&apos;s PIN here.</source>
        <translation>Never use your bank card&apos;s PIN here.</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>PIN pad</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Digit {digit}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Clear the PIN</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>PIN: {typed} {of_length} digits typed</source>
        <translation>PIN: {typed} {of_length} digits typed</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>one</source>
        <translation>one</translation>
    </message>
    <message>
        <source>two</source>
        <translation>two</translation>
    </message>
    <message>
        <source>three</source>
        <translation>three</translation>
    </message>
    <message>
        <source>four</source>
        <translation>four</translation>
    </message>
    <message>
        <source>five</source>
        <translation>five</translation>
    </message>
    <message>
        <source>six</source>
        <translation>six</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>seven</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>eight</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>nine</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>ten</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>eleven</translation>
    </message>
    <message>
        <source>twelve</source>
        <translation>twelve</translation>
    </message>
    <message>
        <source>of three</source>
        <translation>of three</translation>
    </message>
    <message>
        <source>of four</source>
        <translation>of four</translation>
    </message>
    <message>
        <source>of five</source>
        <translation>of five</translation>
    </message>
    <message>
        <source>of six</source>
        <translation>of six</translation>
    </message>
    <message>
        <source>of seven</source>
        <translation>of seven</translation>
    </message>
    <message>
        <source>of eight</source>
        <translation>of eight</translation>
    </message>
    <message>
        <source>of nine</source>
        <translation>of nine</translation>
    </message>
    <message>
        <source>of ten</source>
        <translation>of ten</translation>
    </message>
    <message>
        <source>of eleven</source>
        <translation>of eleven</translation>
    </message>
    <message>
        <source>of twelve</source>
        <translation>of twelve</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choose your PIN</source>
        <translation>Choose your PIN</translation>
    </message>
    <message>
        <source>Save the PIN (Enter)</source>
        <translation>Save the PIN (Enter)</translation>
    </message>
    <message>
        <source>Your new PIN:</source>
        <translation>Your new PIN:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Type it again:</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n digits that only you know. You type them at the till to spend your points or credit.</source>
        <translation>
            <numerusform>Choose %n digit that only you know. You type it at the till to spend your points or credit.</numerusform>
            <numerusform>Choose %n digits that only you know. You type them at the till to spend your points or credit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Save purchase (Enter)</source>
        <translation>Save purchase (Enter)</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>receipt number</translation>
    </message>
    <message>
        <source>Type the amount to see the points it earns.</source>
        <translation>Type the amount to see the points it earns.</translation>
    </message>
    <message>
        <source>Amount ({currency}):</source>
        <translation>Amount ({currency}):</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Receipt number:</translation>
    </message>
    <message>
        <source>Working out the points…</source>
        <translation>Working out the points…</translation>
    </message>
    <message>
        <source>{amount}: the points cannot be worked out offline yet; the server will count them.</source>
        <translation>{amount}: the points cannot be worked out offline yet; the server will count them.</translation>
    </message>
    <message numerus="yes">
        <source>{amount} earns {points} points.</source>
        <translation>
            <numerusform>{amount} earns {points} point.</numerusform>
            <numerusform>{amount} earns {points} points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{amount} earns about {points} points (campaign rule; the loyalty server confirms when it syncs).</source>
        <translation>
            <numerusform>{amount} earns about {points} point (campaign rule; the loyalty server confirms when it syncs).</numerusform>
            <numerusform>{amount} earns about {points} points (campaign rule; the loyalty server confirms when it syncs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the receipt number.</source>
        <translation>Give the receipt number.</translation>
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
        <source>Nothing failed. Everything is saved and syncing.</source>
        <extracomment>In English, the source text; the dialog shows it translated.</extracomment>
        <translation>Nothing failed. Everything is saved and syncing.</translation>
    </message>
    <message>
        <source>Operations queue</source>
        <translation>Operations queue</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Reading the queue…</translation>
    </message>
    <message>
        <source>Choose a row with the arrow keys. Retry (R) sends it again now; Discard (D) gives it up for good and needs the manager PIN.</source>
        <translation>Choose a row with the arrow keys. Retry (R) sends it again now; Discard (D) gives it up for good and needs the manager PIN.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Amount / points</source>
        <translation>Amount / points</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Why it failed</translation>
    </message>
    <message>
        <source>Retry (R)</source>
        <translation>Retry (R)</translation>
    </message>
    <message>
        <source>Send the chosen operation again now.</source>
        <translation>Send the chosen operation again now.</translation>
    </message>
    <message>
        <source>Send every waiting operation now, without waiting for the next try.</source>
        <translation>Send every waiting operation now, without waiting for the next try.</translation>
    </message>
    <message>
        <source>Discard… (D)</source>
        <translation>Discard… (D)</translation>
    </message>
    <message>
        <source>Give up on the chosen operation for good (needs the manager PIN).</source>
        <translation>Give up on the chosen operation for good (needs the manager PIN).</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Points used</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>Credit used</translation>
    </message>
    <message>
        <source>{operation}, receipt {receipt}</source>
        <translation>{operation}, receipt {receipt}</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} credit</source>
        <translation>{money} credit</translation>
    </message>
    <message>
        <source>{waiting} waiting to sync · {failed} failed · {sent} sent · {discarded} discarded</source>
        <translation>{waiting} waiting to sync · {failed} failed · {sent} sent · {discarded} discarded</translation>
    </message>
    <message>
        <source>{when}, card {card}: {effect}</source>
        <translation>{when}, card {card}: {effect}</translation>
    </message>
    <message>
        <source>Approved offline by a manager, waiting for the loyalty server: {operations}.</source>
        <translation>Approved offline by a manager, waiting for the loyalty server: {operations}.</translation>
    </message>
    <message>
        <source>{operation} on card {card} will be sent again now.</source>
        <translation>{operation} on card {card} will be sent again now.</translation>
    </message>
    <message>
        <source>Waiting operations are being sent now.</source>
        <translation>Waiting operations are being sent now.</translation>
    </message>
    <message>
        <source>{operation}, card {card}, {effect}</source>
        <translation>{operation}, card {card}, {effect}</translation>
    </message>
    <message>
        <source>{operation}, card {card}</source>
        <translation>{operation}, card {card}</translation>
    </message>
    <message>
        <source>to discard this operation ({what}): it will never reach the loyalty server</source>
        <translation>to discard this operation ({what}): it will never reach the loyalty server</translation>
    </message>
    <message>
        <source>Nothing was discarded.</source>
        <translation>Nothing was discarded.</translation>
    </message>
    <message>
        <source>Discarded: {what}.</source>
        <translation>Discarded: {what}.</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeeming needs the connection to the loyalty server, which cannot be reached now.</source>
        <extracomment>English; the dialog says it translated.</extracomment>
        <translation>Redeeming needs the connection to the loyalty server, which cannot be reached now.</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redeem&lt;/b&gt; — card {card}, {name}</source>
        <translation>&lt;b&gt;Redeem&lt;/b&gt; — card {card}, {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redeem&lt;/b&gt; — card {card}</source>
        <translation>&lt;b&gt;Redeem&lt;/b&gt; — card {card}</translation>
    </message>
    <message>
        <source>Reset the PIN…</source>
        <translation>Reset the PIN…</translation>
    </message>
    <message>
        <source>Manager approval (offline)…</source>
        <translation>Manager approval (offline)…</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Points</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>C&amp;redit</translation>
    </message>
    <message>
        <source>Next: the customer&apos;s PIN (Enter)</source>
        <translation>Next: the customer&apos;s PIN (Enter)</translation>
    </message>
    <message>
        <source>Customer: type your PIN to confirm.</source>
        <translation>Customer: type your PIN to confirm.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>points, e.g. 500</source>
        <translation>points, e.g. 500</translation>
    </message>
    <message numerus="yes">
        <source>The card has {points} points to redeem.</source>
        <translation>
            <numerusform>The card has {points} point to redeem.</numerusform>
            <numerusform>The card has {points} points to redeem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {low} to {high} points; one point is worth {value}.</source>
        <translation>
            <numerusform>From {low} to {high} point; one point is worth {value}.</numerusform>
            <numerusform>From {low} to {high} points; one point is worth {value}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least {low} points are needed to redeem.</source>
        <translation>
            <numerusform>At least {low} point is needed to redeem.</numerusform>
            <numerusform>At least {low} points are needed to redeem.</numerusform>
        </translation>
    </message>
    <message>
        <source>amount in {currency}, e.g. {example}</source>
        <translation>amount in {currency}, e.g. {example}</translation>
    </message>
    <message>
        <source>The card has {credit} of credit to spend.</source>
        <translation>The card has {credit} of credit to spend.</translation>
    </message>
    <message>
        <source>Up to {credit}.</source>
        <translation>Up to {credit}.</translation>
    </message>
    <message numerus="yes">
        <source>{points} points = {value}</source>
        <translation>
            <numerusform>{points} point = {value}</numerusform>
            <numerusform>{points} points = {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>{credit} of credit</source>
        <translation>{credit} of credit</translation>
    </message>
    <message numerus="yes">
        <source>Redeem {points} points ({value})</source>
        <translation>
            <numerusform>Redeem {points} point ({value})</numerusform>
            <numerusform>Redeem {points} points ({value})</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeem {credit} of credit</source>
        <translation>Redeem {credit} of credit</translation>
    </message>
    <message>
        <source>Checking the PIN with the loyalty server…</source>
        <translation>Checking the PIN with the loyalty server…</translation>
    </message>
    <message>
        <source>{reason} {needs_server}</source>
        <translation>{reason} {needs_server}</translation>
    </message>
    <message numerus="yes">
        <source>Without the loyalty server at most {points} points may be redeemed on this card now.</source>
        <translation>
            <numerusform>Without the loyalty server at most {points} point may be redeemed on this card now.</numerusform>
            <numerusform>Without the loyalty server at most {points} points may be redeemed on this card now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to approve redeeming {points} points ({value}) without the customer&apos;s PIN, while offline</source>
        <translation>
            <numerusform>to approve redeeming {points} point ({value}) without the customer&apos;s PIN, while offline</numerusform>
            <numerusform>to approve redeeming {points} points ({value}) without the customer&apos;s PIN, while offline</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Refund (Enter)</source>
        <translation>Refund (Enter)</translation>
    </message>
    <message>
        <source>Keep it (Esc)</source>
        <translation>Keep it (Esc)</translation>
    </message>
    <message>
        <source>Refund the {what} of {amount} on receipt {receipt}?</source>
        <translation>Refund the {what} of {amount} on receipt {receipt}?</translation>
    </message>
    <message>
        <source>Refund the {what} of {amount} (no receipt number)?</source>
        <translation>Refund the {what} of {amount} (no receipt number)?</translation>
    </message>
    <message>
        <source>Refund the {what} on receipt {receipt}?</source>
        <translation>Refund the {what} on receipt {receipt}?</translation>
    </message>
    <message>
        <source>Refund the {what} (no receipt number)?</source>
        <translation>Refund the {what} (no receipt number)?</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message>
        <source>{credit} credit</source>
        <translation>{credit} credit</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>This changes the card by {change}.</source>
        <translation>This changes the card by {change}.</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Go on where you were?</source>
        <translation>Go on where you were?</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Go on (Enter)</translation>
    </message>
    <message>
        <source>An enrolment for {customer} was not finished.</source>
        <translation>An enrolment for {customer} was not finished.</translation>
    </message>
    <message>
        <source>An enrolment was not finished.</source>
        <translation>An enrolment was not finished.</translation>
    </message>
    <message>
        <source>Press Enter to go on where it stopped (what was typed is kept; passwords and codes are asked again), or start again for someone else.</source>
        <translation>Press Enter to go on where it stopped (what was typed is kept; passwords and codes are asked again), or start again for someone else.</translation>
    </message>
    <message>
        <source>It stopped at the password and the code.</source>
        <translation>It stopped at the password and the code.</translation>
    </message>
    <message>
        <source>It stopped at the customer&apos;s details.</source>
        <translation>It stopped at the customer&apos;s details.</translation>
    </message>
    <message>
        <source>It stopped at the choice of the PIN.</source>
        <translation>It stopped at the choice of the PIN.</translation>
    </message>
</context>
<context>
    <name>SaveReport</name>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} credit</source>
        <translation>{money} credit</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>{operation} ({change})</source>
        <translation>{operation} ({change})</translation>
    </message>
    <message>
        <source>Saved: {operation}, pending sync.</source>
        <translation>Saved: {operation}, pending sync.</translation>
    </message>
    <message>
        <source>Synced: {operation}.</source>
        <translation>Synced: {operation}.</translation>
    </message>
    <message>
        <source>The loyalty server refused an operation saved here: {reason} Staff can see it in the queue (F9).</source>
        <translation>The loyalty server refused an operation saved here: {reason} Staff can see it in the queue (F9).</translation>
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
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to go on</source>
        <translation>Sign in to go on</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Go on (Enter)</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Your password:</translation>
    </message>
    <message>
        <source>Signing in as {username}.</source>
        <translation>Signing in as {username}.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Saved on this terminal — will sync with the loyalty server.</source>
        <translation>Saved on this terminal — will sync with the loyalty server.</translation>
    </message>
    <message>
        <source>Synced with the loyalty server.</source>
        <translation>Synced with the loyalty server.</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>{card} — {name}</source>
        <translation>{card} — {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>by a manager, offline</source>
        <translation>by a manager, offline</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>Points now</translation>
    </message>
    <message>
        <source>Credit now</source>
        <translation>Credit now</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>{change} (expected)</source>
        <translation>{change} (expected)</translation>
    </message>
    <message>
        <source>{balance} ({change} pending sync)</source>
        <translation>{balance} ({change} pending sync)</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Loyalty card</translation>
    </message>
    <message>
        <source>Refused by the loyalty server, nothing was applied: {reason}</source>
        <translation>Refused by the loyalty server, nothing was applied: {reason}</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Print the slip</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Enrol a customer</source>
        <translation>Enrol a customer</translation>
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation>Check (Enter)</translation>
    </message>
    <message>
        <source>Card number, e-mail or mobile</source>
        <translation>Card number, e-mail or mobile</translation>
    </message>
    <message>
        <source>The customer&apos;s card number, e-mail or mobile number:</source>
        <translation>The customer&apos;s card number, e-mail or mobile number:</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Credit top-up</source>
        <translation>Credit top-up</translation>
    </message>
    <message>
        <source>Top up (Enter)</source>
        <translation>Top up (Enter)</translation>
    </message>
    <message>
        <source>Credit now: {credit}</source>
        <translation>Credit now: {credit}</translation>
    </message>
    <message>
        <source>Add credit ({currency}):</source>
        <translation>Add credit ({currency}):</translation>
    </message>
    <message>
        <source>Credit after the top-up: {credit}</source>
        <translation>Credit after the top-up: {credit}</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — card {card}, {name}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — card {card}, {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — card {card}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — card {card}</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
</context>
<context>
    <name>_Symbol</name>
    <message>
        <source>Make this window larger to show the code.</source>
        <translation>Make this window larger to show the code.</translation>
    </message>
</context>
</TS>
