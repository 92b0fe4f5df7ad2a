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
    <name>AttractScreen</name>
    <message>
        <source>Scan your card or tap to start</source>
        <translation>Scan your card or tap to start</translation>
    </message>
    <message>
        <source>I have a card</source>
        <translation>I have a card</translation>
    </message>
    <message>
        <source>I have a card: sign in</source>
        <translation>I have a card: sign in</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Join the loyalty programme</source>
        <translation>Join the loyalty programme</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Loyalty card</translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>The badges you have earned, and those still to earn. Slide the list to see more.</source>
        <translation>The badges you have earned, and those still to earn. Slide the list to see more.</translation>
    </message>
    <message>
        <source>Looking for your badges…</source>
        <translation>Looking for your badges…</translation>
    </message>
    <message>
        <source>There are no badges to earn yet.</source>
        <translation>There are no badges to earn yet.</translation>
    </message>
    <message>
        <source>Your badges</source>
        <translation>Your badges</translation>
    </message>
    <message>
        <source>Still to earn</source>
        <translation>Still to earn</translation>
    </message>
    <message>
        <source>✓ Earned on {date}</source>
        <translation>✓ Earned on {date}</translation>
    </message>
    <message>
        <source>Not earned yet</source>
        <translation>Not earned yet</translation>
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
    <name>CardLifeDialog</name>
    <message>
        <source>Lost or found card</source>
        <translation>Lost or found card</translation>
    </message>
    <message>
        <source>Scan or type the new card&apos;s number</source>
        <translation>Scan or type the new card&apos;s number</translation>
    </message>
    <message>
        <source>The new card&apos;s number</source>
        <translation>The new card&apos;s number</translation>
    </message>
    <message>
        <source>&amp;Block the card</source>
        <translation>&amp;Block the card</translation>
    </message>
    <message>
        <source>&amp;Unblock the card</source>
        <translation>&amp;Unblock the card</translation>
    </message>
    <message>
        <source>&amp;Move to the new card</source>
        <translation>&amp;Move to the new card</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Card {card} is blocked. Unblock it if it was found, with the manager PIN.</source>
        <translation>Card {card} is blocked. Unblock it if it was found, with the manager PIN.</translation>
    </message>
    <message>
        <source>Card {card}: block it if it was lost, or move its customer, points, credit and PIN to a new card. Both need the manager PIN.</source>
        <translation>Card {card}: block it if it was lost, or move its customer, points, credit and PIN to a new card. Both need the manager PIN.</translation>
    </message>
    <message>
        <source>Scan or type the new card&apos;s number first.</source>
        <translation>Scan or type the new card&apos;s number first.</translation>
    </message>
    <message>
        <source>to block card {card}</source>
        <translation>to block card {card}</translation>
    </message>
    <message>
        <source>to unblock card {card}</source>
        <translation>to unblock card {card}</translation>
    </message>
    <message>
        <source>to move card {card} to a new card</source>
        <translation>to move card {card} to a new card</translation>
    </message>
    <message>
        <source>Asking the loyalty server…</source>
        <translation>Asking the loyalty server…</translation>
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
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Reset the PIN with a code: go back and choose &quot;I have a card&quot;. Or start again and join without this card.</source>
        <translation>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Reset the PIN with a code: go back and choose &quot;I have a card&quot;. Or start again and join without this card.</translation>
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
    <name>ChangePinScreen</name>
    <message>
        <source>Change your PIN</source>
        <translation>Change your PIN</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Forgot your PIN?</translation>
    </message>
    <message>
        <source>Forgot your PIN? Reset it with a code</source>
        <translation>Forgot your PIN? Reset it with a code</translation>
    </message>
    <message>
        <source>Reset my PIN with a code</source>
        <translation>Reset my PIN with a code</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Step {number} of {count}</translation>
    </message>
    <message>
        <source>Type your current PIN.</source>
        <translation>Type your current PIN.</translation>
    </message>
    <message>
        <source>Type your new PIN.</source>
        <translation>Type your new PIN.</translation>
    </message>
    <message>
        <source>Type your new PIN again.</source>
        <translation>Type your new PIN again.</translation>
    </message>
    <message>
        <source>Changing your PIN…</source>
        <translation>Changing your PIN…</translation>
    </message>
    <message>
        <source>Your PIN is locked.</source>
        <translation>Your PIN is locked.</translation>
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
    <message>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
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
    <name>ConsentsScreen</name>
    <message>
        <source>My consents</source>
        <translation>My consents</translation>
    </message>
    <message>
        <source>Read each one. Tap its switch to give or withdraw your consent; you can change your mind at any time.</source>
        <translation>Read each one. Tap its switch to give or withdraw your consent; you can change your mind at any time.</translation>
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
        <source>{consent}: I agree</source>
        <translation>{consent}: I agree</translation>
    </message>
    <message>
        <source>{consent}: I do not agree</source>
        <translation>{consent}: I do not agree</translation>
    </message>
    <message>
        <source>Looking up your consents…</source>
        <translation>Looking up your consents…</translation>
    </message>
    <message>
        <source>This shop asks for no consents.</source>
        <translation>This shop asks for no consents.</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Saving your choice…</translation>
    </message>
    <message>
        <source>Saved: you agree to “{consent}”.</source>
        <translation>Saved: you agree to “{consent}”.</translation>
    </message>
    <message>
        <source>Saved: your consent to “{consent}” is withdrawn.</source>
        <translation>Saved: your consent to “{consent}” is withdrawn.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Change e-mail or mobile</source>
        <translation>Change e-mail or mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Your new mobile number:</source>
        <translation>Your new mobile number:</translation>
    </message>
    <message>
        <source>Your new e-mail:</source>
        <translation>Your new e-mail:</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <source>The code we sent you:</source>
        <translation>The code we sent you:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Mobile on file now: {address}</source>
        <translation>Mobile on file now: {address}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>E-mail on file now: {address}</source>
        <translation>E-mail on file now: {address}</translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to {address}. It works for %n minutes.</source>
        <translation>
            <numerusform>We sent a code to {address}. It works for %n minute.</numerusform>
            <numerusform>We sent a code to {address}. It works for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the new address first.</source>
        <translation>Type the new address first.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Sending the code…</translation>
    </message>
    <message numerus="yes">
        <source>Send again (in %n s)</source>
        <translation>
            <numerusform>Send again (in %n s)</numerusform>
            <numerusform>Send again (in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Send the code again</translation>
    </message>
    <message>
        <source>Type the code we sent you.</source>
        <translation>Type the code we sent you.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <source>Done: your mobile is now {address}. We told your old one about the change.</source>
        <translation>Done: your mobile is now {address}. We told your old one about the change.</translation>
    </message>
    <message>
        <source>Done: your e-mail is now {address}. We told your old one about the change.</source>
        <translation>Done: your e-mail is now {address}. We told your old one about the change.</translation>
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
    <message>
        <source>Voucher {code} used against receipt {receipt}.</source>
        <translation>Voucher {code} used against receipt {receipt}.</translation>
    </message>
    <message>
        <source>Applying the new settings…</source>
        <translation>Applying the new settings…</translation>
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
        <source>Lost card (Ctrl+L)</source>
        <translation>Lost card (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete account (Ctrl+Shift+D)</source>
        <translation>Delete account (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Voucher (Ctrl+U)</source>
        <translation>Voucher (Ctrl+U)</translation>
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
        <source>The account of card {card} is deleted: its personal data is wiped, the card blocked, and this till has forgotten the customer.</source>
        <translation>The account of card {card} is deleted: its personal data is wiped, the card blocked, and this till has forgotten the customer.</translation>
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
        <source>Points to voucher</source>
        <translation>Points to voucher</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Prize</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
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
    <message numerus="yes">
        <source>%n active voucher(s)</source>
        <translation>
            <numerusform>%n active voucher</numerusform>
            <numerusform>%n active vouchers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) running</source>
        <translation>
            <numerusform>%n offer running</numerusform>
            <numerusform>%n offers running</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>next to expire: {title} ({worth} off), on {date}</source>
        <translation>next to expire: {title} ({worth} off), on {date}</translation>
    </message>
    <message>
        <source>next: {title} ({worth} off)</source>
        <translation>next: {title} ({worth} off)</translation>
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
    <name>DesktopEntry</name>
    <message>
        <source>Kiosk counter</source>
        <extracomment>The menu entry of the cashier&apos;s app, as the desktop&apos;s menu lists it (&quot;Kiosk&quot; is the app&apos;s name).</extracomment>
        <translation>Kiosk counter</translation>
    </message>
    <message>
        <source>Loyalty counter</source>
        <extracomment>What the counter is, shown by some menus under or beside its name.</extracomment>
        <translation>Loyalty counter</translation>
    </message>
    <message>
        <source>Look up loyalty cards, record purchases, redeem points and credit</source>
        <extracomment>The counter&apos;s menu entry&apos;s tooltip.</extracomment>
        <translation>Look up loyalty cards, record purchases, redeem points and credit</translation>
    </message>
    <message>
        <source>loyalty;card;points;shop;till;</source>
        <extracomment>Words a menu&apos;s search finds the counter by: separate them with &quot;;&quot; and end with &quot;;&quot; (no &quot;;&quot; inside a word).</extracomment>
        <translation>loyalty;card;points;shop;till;</translation>
    </message>
    <message>
        <source>Kiosk self-service</source>
        <extracomment>The menu entry of the customers&apos; self-service kiosk, as the desktop&apos;s menu lists it (&quot;Kiosk&quot; is the app&apos;s name).</extracomment>
        <translation>Kiosk self-service</translation>
    </message>
    <message>
        <source>Loyalty self-service kiosk</source>
        <extracomment>What the self-service kiosk is, shown by some menus under or beside its name.</extracomment>
        <translation>Loyalty self-service kiosk</translation>
    </message>
    <message>
        <source>The customers&apos; own screen: their card, points, prizes and vouchers, full screen</source>
        <extracomment>The self-service kiosk&apos;s menu entry&apos;s tooltip.</extracomment>
        <translation>The customers&apos; own screen: their card, points, prizes and vouchers, full screen</translation>
    </message>
    <message>
        <source>loyalty;kiosk;self-service;touch;</source>
        <extracomment>Words a menu&apos;s search finds the self-service kiosk by: separate them with &quot;;&quot; and end with &quot;;&quot; (no &quot;;&quot; inside a word).</extracomment>
        <translation>loyalty;kiosk;self-service;touch;</translation>
    </message>
    <message>
        <source>A desktop shortcut for the counter</source>
        <extracomment>The Windows installer&apos;s check box that adds a shortcut to the counter on the desktop.</extracomment>
        <translation>A desktop shortcut for the counter</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your account has no password: you sign in with your card and PIN. To add one, tap Join on the welcome screen and give this card&apos;s number.</source>
        <extracomment>Said to a customer who has no password (card and PIN only), instead of &quot;Change password&quot;.</extracomment>
        <translation>Your account has no password: you sign in with your card and PIN. To add one, tap Join on the welcome screen and give this card&apos;s number.</translation>
    </message>
    <message>
        <source>My details</source>
        <extracomment>The profile&apos;s addresses: changed only with a code sent to the new one, never typed into the form.</extracomment>
        <translation>My details</translation>
    </message>
    <message>
        <source>Tap a field to change it, then tap Save. Slide the form up to see more.</source>
        <translation>Tap a field to change it, then tap Save. Slide the form up to see more.</translation>
    </message>
    <message>
        <source>Change e-mail or mobile</source>
        <translation>Change e-mail or mobile</translation>
    </message>
    <message>
        <source>My consents</source>
        <translation>My consents</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Looking up your details…</source>
        <translation>Looking up your details…</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>Clear {field}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>E-mail: {email}
Mobile: {mobile}</source>
        <translation>E-mail: {email}
Mobile: {mobile}</translation>
    </message>
    <message>
        <source>Something is missing or not right: see the words under the field.</source>
        <translation>Something is missing or not right: see the words under the field.</translation>
    </message>
    <message>
        <source>Nothing to save: your details are as they were.</source>
        <translation>Nothing to save: your details are as they were.</translation>
    </message>
    <message>
        <source>Saving your details…</source>
        <translation>Saving your details…</translation>
    </message>
    <message>
        <source>Saved. Your details are up to date.</source>
        <translation>Saved. Your details are up to date.</translation>
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
        <source>Print my card</source>
        <translation>Print my card</translation>
    </message>
    <message>
        <source>Print the card (Ctrl+R)</source>
        <translation>Print the card (Ctrl+R)</translation>
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
        <source>Change the address</source>
        <translation>Change the address</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Looking for an unfinished enrolment…</source>
        <translation>Looking for an unfinished enrolment…</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <source>Send me the code</source>
        <translation>Send me the code</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Check the code</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Go on</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the PIN</source>
        <translation>Save the PIN</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>EraseAccountDialog</name>
    <message>
        <source>Delete the customer&apos;s account</source>
        <translation>Delete the customer&apos;s account</translation>
    </message>
    <message>
        <source>Card {card}: at the customer&apos;s request, their loyalty account is deleted for good. Their personal data is wiped, the card is blocked, their points and vouchers are lost; the movements are kept without anything that names them.</source>
        <translation>Card {card}: at the customer&apos;s request, their loyalty account is deleted for good. Their personal data is wiped, the card is blocked, their points and vouchers are lost; the movements are kept without anything that names them.</translation>
    </message>
    <message>
        <source>It cannot be undone.</source>
        <translation>It cannot be undone.</translation>
    </message>
    <message>
        <source>Turn the PIN pad to the customer. Customer: type your PIN to delete your account.</source>
        <translation>Turn the PIN pad to the customer. Customer: type your PIN to delete your account.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Deleting the account…</source>
        <translation>Deleting the account…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN: nothing was deleted. %n tries left before it locks.</source>
        <translation>
            <numerusform>Wrong PIN: nothing was deleted. %n try left before it locks.</numerusform>
            <numerusform>Wrong PIN: nothing was deleted. %n tries left before it locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: nothing was deleted. Reset it first (F12, then “Forgot the PIN?”).</source>
        <translation>The PIN is locked after too many wrong tries: nothing was deleted. Reset it first (F12, then “Forgot the PIN?”).</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: nothing was deleted. Try again later.</source>
        <translation>The loyalty server cannot be reached now: nothing was deleted. Try again later.</translation>
    </message>
    <message>
        <source>Nothing was deleted: {why}</source>
        <translation>Nothing was deleted: {why}</translation>
    </message>
</context>
<context>
    <name>EraseScreen</name>
    <message>
        <source>Your account is deleted</source>
        <extracomment>The goodbye finishes by itself (back to the attract screen) after this long.</extracomment>
        <translation>Your account is deleted</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Delete my account</translation>
    </message>
    <message>
        <source>Deleting your loyalty account means:</source>
        <translation>Deleting your loyalty account means:</translation>
    </message>
    <message>
        <source>Your personal data (name, contacts, consents) is wiped.</source>
        <translation>Your personal data (name, contacts, consents) is wiped.</translation>
    </message>
    <message>
        <source>Your card is blocked for good.</source>
        <translation>Your card is blocked for good.</translation>
    </message>
    <message>
        <source>Your points and vouchers are lost.</source>
        <translation>Your points and vouchers are lost.</translation>
    </message>
    <message>
        <source>Your past purchases are kept for the shop&apos;s accounts, with nothing that names you.</source>
        <translation>Your past purchases are kept for the shop&apos;s accounts, with nothing that names you.</translation>
    </message>
    <message>
        <source>It cannot be undone.</source>
        <translation>It cannot be undone.</translation>
    </message>
    <message>
        <source>Your personal data is wiped and your card is blocked. This kiosk has forgotten you too.

Thank you for having been with us. Goodbye!</source>
        <translation>Your personal data is wiped and your card is blocked. This kiosk has forgotten you too.

Thank you for having been with us. Goodbye!</translation>
    </message>
    <message>
        <source>Type your PIN to delete your account for good.</source>
        <translation>Type your PIN to delete your account for good.</translation>
    </message>
    <message>
        <source>Delete my account: the PIN confirms it next</source>
        <translation>Delete my account: the PIN confirms it next</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>Deleting your account…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before it locks.</numerusform>
            <numerusform>Wrong PIN. %n tries left before it locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Type it again.</source>
        <translation>Wrong PIN. Type it again.</translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries: your account was not deleted. Go back to your card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code.</source>
        <translation>Your PIN is locked after too many wrong tries: your account was not deleted. Go back to your card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: your account was not deleted. Try again later.</source>
        <translation>The loyalty server cannot be reached now: your account was not deleted. Try again later.</translation>
    </message>
    <message>
        <source>Your account was not deleted: {why}</source>
        <translation>Your account was not deleted: {why}</translation>
    </message>
</context>
<context>
    <name>FindScreen</name>
    <message>
        <source>Scan your card</source>
        <extracomment>The pause between the PIN&apos;s last digit and signing in: a scanner typing on goes on within it.</extracomment>
        <translation>Scan your card</translation>
    </message>
    <message>
        <source>Or type your card number, e-mail or phone.</source>
        <translation>Or type your card number, e-mail or phone.</translation>
    </message>
    <message>
        <source>Card number, e-mail or phone</source>
        <translation>Card number, e-mail or phone</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue: find my card</source>
        <translation>Continue: find my card</translation>
    </message>
    <message>
        <source>Looking for your card…</source>
        <translation>Looking for your card…</translation>
    </message>
    <message>
        <source>Scan your card, or type its number, your e-mail or your phone.</source>
        <translation>Scan your card, or type its number, your e-mail or your phone.</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
</context>
<context>
    <name>KeptCardScreen</name>
    <message>
        <source>Your card</source>
        <translation>Your card</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now. You can still show your card&apos;s codes here and see the last balance this kiosk knows. Signing in with your PIN, redeeming and joining must wait until the connection is back.</source>
        <translation>The loyalty server cannot be reached now. You can still show your card&apos;s codes here and see the last balance this kiosk knows. Signing in with your PIN, redeeming and joining must wait until the connection is back.</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} · credit {money}</source>
        <translation>{points} · credit {money}</translation>
    </message>
    <message>
        <source>The last balance this kiosk knows; it may have changed since.</source>
        <translation>The last balance this kiosk knows; it may have changed since.</translation>
    </message>
    <message>
        <source>Balance as of a moment ago.</source>
        <translation>Balance as of a moment ago.</translation>
    </message>
    <message numerus="yes">
        <source>Balance as of %n minute(s) ago; it may have changed since.</source>
        <translation>
            <numerusform>Balance as of %n minute ago; it may have changed since.</numerusform>
            <numerusform>Balance as of %n minutes ago; it may have changed since.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance as of {moment}; it may have changed since.</source>
        <translation>Balance as of {moment}; it may have changed since.</translation>
    </message>
</context>
<context>
    <name>KioskCardCodes</name>
    <message>
        <source>Card {card}</source>
        <translation>Card {card}</translation>
    </message>
</context>
<context>
    <name>KioskFace</name>
    <message>
        <source>⚠ Offline: scan your card to see its codes and last balance. Signing in, redeeming and joining need the connection and come back by themselves.</source>
        <translation>⚠ Offline: scan your card to see its codes and last balance. Signing in, redeeming and joining need the connection and come back by themselves.</translation>
    </message>
    <message numerus="yes">
        <source>Messages (%n new)</source>
        <translation>
            <numerusform>Messages (%n new)</numerusform>
            <numerusform>Messages (%n new)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>Back</source>
        <extracomment>Before the words of a problem: a sign as well as the colour, never the colour alone. A label with this property set to True shows the customer&apos;s data: a wipe empties it. What a switched-on toggle shows beside its words: its state is never told by colour alone.</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done, sign out</source>
        <translation>Done, sign out</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Loyalty kiosk</source>
        <extracomment>A line edit with this property set to True is typed into by its own means (no on-screen keyboard).</extracomment>
        <translation>Loyalty kiosk</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
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
    <message>
        <source>You are already registered: there is nothing to join. Keep using your card; to see it here, go back and choose &quot;I have a card&quot;.</source>
        <translation>You are already registered: there is nothing to join. Keep using your card; to see it here, go back and choose &quot;I have a card&quot;.</translation>
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
    <name>MoreScreen</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Prizes</source>
        <extracomment>The tiles in their order: the face&apos;s name of the screen, the words on the tile (context &quot;MoreScreen&quot;). One line per screen, its words marked for lupdate; the face answers `chosen` with the screen named here.</extracomment>
        <translation>Prizes</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>My details</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Delete my account</translation>
    </message>
    <message>
        <source>More for you</source>
        <translation>More for you</translation>
    </message>
</context>
<context>
    <name>MyCardScreen</name>
    <message>
        <source>Change my PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Offers for you</source>
        <translation>Offers for you</translation>
    </message>
    <message>
        <source>My vouchers</source>
        <translation>My vouchers</translation>
    </message>
    <message>
        <source>More for you</source>
        <translation>More for you</translation>
    </message>
    <message>
        <source>More for you: prizes, games, news, shops, my details</source>
        <translation>More for you: prizes, games, news, shops, my details</translation>
    </message>
    <message>
        <source>Your last movements</source>
        <translation>Your last movements</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>No movements yet.</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hello, {name}</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Your card</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth {money} when you redeem them</source>
        <translation>Worth {money} when you redeem them</translation>
    </message>
    <message>
        <source>Credit: {money}</source>
        <translation>Credit: {money}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
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
        <source>{when}, {what}: points {points}, credit {credit}</source>
        <translation>{when}, {what}: points {points}, credit {credit}</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>Messages</source>
        <extracomment>Before the word &quot;New&quot; on an item not yet read: a sign as well as the bold, never the look alone.</extracomment>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Messages for you, newest first. Tap “Read” to open one.</source>
        <translation>Messages for you, newest first. Tap “Read” to open one.</translation>
    </message>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>News from the shop, newest first. Tap “Read” to open one.</source>
        <translation>News from the shop, newest first. Tap “Read” to open one.</translation>
    </message>
    <message>
        <source>Looking for your messages…</source>
        <translation>Looking for your messages…</translation>
    </message>
    <message>
        <source>Looking for the news…</source>
        <translation>Looking for the news…</translation>
    </message>
    <message>
        <source>You have no messages.</source>
        <translation>You have no messages.</translation>
    </message>
    <message>
        <source>There is no news right now.</source>
        <translation>There is no news right now.</translation>
    </message>
    <message>
        <source>{sign} New</source>
        <translation>{sign} New</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Read: {title}</source>
        <translation>Read: {title}</translation>
    </message>
    <message>
        <source>New: {title}</source>
        <translation>New: {title}</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>Received on {date}</translation>
    </message>
    <message>
        <source>Published on {date}</source>
        <translation>Published on {date}</translation>
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
    <name>OffersScreen</name>
    <message>
        <source>Offers for you</source>
        <translation>Offers for you</translation>
    </message>
    <message>
        <source>What the shop offers you now. Slide the list up to see more.</source>
        <translation>What the shop offers you now. Slide the list up to see more.</translation>
    </message>
    <message>
        <source>Looking for your offers…</source>
        <translation>Looking for your offers…</translation>
    </message>
    <message>
        <source>There are no offers for you right now. Come back soon!</source>
        <translation>There are no offers for you right now. Come back soon!</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Terms: {terms}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Valid until {date}</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>No end date</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translation>Digits and symbols</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Hide keyboard</translation>
    </message>
</context>
<context>
    <name>PasswordScreen</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your current password:</source>
        <translation>Your current password:</translation>
    </message>
    <message>
        <source>Your new password:</source>
        <translation>Your new password:</translation>
    </message>
    <message>
        <source>The new password again:</source>
        <translation>The new password again:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>At least %n character, with a letter and a digit.</numerusform>
            <numerusform>At least %n characters, with a letter and a digit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Type your current password first.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Changing your password…</translation>
    </message>
    <message>
        <source>Done: your password is changed. Use the new one from now on.</source>
        <translation>Done: your password is changed. Use the new one from now on.</translation>
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
    <name>PinScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in with this PIN</source>
        <translation>Sign in with this PIN</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Forgot your PIN?</translation>
    </message>
    <message>
        <source>Forgot your PIN? Get a code to set a new one</source>
        <translation>Forgot your PIN? Get a code to set a new one</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Type your PIN</translation>
    </message>
    <message>
        <source>Set your PIN</source>
        <translation>Set your PIN</translation>
    </message>
    <message>
        <source>Your PIN is locked</source>
        <translation>Your PIN is locked</translation>
    </message>
    <message>
        <source>Set my PIN</source>
        <translation>Set my PIN</translation>
    </message>
    <message>
        <source>Reset my PIN</source>
        <translation>Reset my PIN</translation>
    </message>
    <message>
        <source>Set my PIN with a code sent to me</source>
        <translation>Set my PIN with a code sent to me</translation>
    </message>
    <message>
        <source>Reset my PIN with a code sent to me</source>
        <translation>Reset my PIN with a code sent to me</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Card {card}</translation>
    </message>
    <message>
        <source>Card ending in {digits}</source>
        <translation>Card ending in {digits}</translation>
    </message>
    <message>
        <source>This card has no PIN yet. Set one now with a code we send to you.</source>
        <translation>This card has no PIN yet. Set one now with a code we send to you.</translation>
    </message>
    <message>
        <source>This card&apos;s PIN is locked after too many wrong tries. Reset it with a code we send to you.</source>
        <translation>This card&apos;s PIN is locked after too many wrong tries. Reset it with a code we send to you.</translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of your PIN.</source>
        <translation>
            <numerusform>Type all %n digits of your PIN.</numerusform>
            <numerusform>Type all %n digits of your PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries. Reset it with a code we send to you.</source>
        <translation>Your PIN is locked after too many wrong tries. Reset it with a code we send to you.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before it locks.</numerusform>
            <numerusform>Wrong PIN. %n tries left before it locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now, so you cannot sign in. Try again later, or scan your card to see its codes.</source>
        <translation>The loyalty server cannot be reached now, so you cannot sign in. Try again later, or scan your card to see its codes.</translation>
    </message>
    <message>
        <source>Type your PIN on the keys.</source>
        <translation>Type your PIN on the keys.</translation>
    </message>
</context>
<context>
    <name>PlayScreen</name>
    <message>
        <source>Play and win</source>
        <translation>Play and win</translation>
    </message>
    <message>
        <source>Each play is a chance to win a voucher. The result shows at once.</source>
        <translation>Each play is a chance to win a voucher. The result shows at once.</translation>
    </message>
    <message>
        <source>My vouchers</source>
        <translation>My vouchers</translation>
    </message>
    <message>
        <source>Back to the games</source>
        <translation>Back to the games</translation>
    </message>
    <message>
        <source>Looking for the games…</source>
        <translation>Looking for the games…</translation>
    </message>
    <message>
        <source>There is no game to play right now. Come back soon!</source>
        <translation>There is no game to play right now. Come back soon!</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Terms: {terms}</translation>
    </message>
    <message numerus="yes">
        <source>You have %Ln play(s) left.</source>
        <translation>
            <numerusform>You have %Ln play left.</numerusform>
            <numerusform>You have %Ln plays left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play {contest}</source>
        <translation>Play {contest}</translation>
    </message>
    <message>
        <source>No plays left</source>
        <translation>No plays left</translation>
    </message>
    <message>
        <source>No plays left in {contest}</source>
        <translation>No plays left in {contest}</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Playing…</translation>
    </message>
    <message>
        <source>The answer was lost on the way. Tap “Play” again to see your result: it will not use another play.</source>
        <translation>The answer was lost on the way. Tap “Play” again to see your result: it will not use another play.</translation>
    </message>
    <message>
        <source>You won!</source>
        <translation>You won!</translation>
    </message>
    <message>
        <source>{voucher}: {worth}. It is in My vouchers.</source>
        <translation>{voucher}: {worth}. It is in My vouchers.</translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation>Not this time.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you for playing. You have %Ln play(s) left.</source>
        <translation>
            <numerusform>Thank you for playing. You have %Ln play left.</numerusform>
            <numerusform>Thank you for playing. You have %Ln plays left.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>{percent}% off</translation>
    </message>
    <message>
        <source>{worth}, use it by {date}</source>
        <translation>{worth}, use it by {date}</translation>
    </message>
</context>
<context>
    <name>PointsVoucherScreen</name>
    <message>
        <source>Turn points into a voucher</source>
        <translation>Turn points into a voucher</translation>
    </message>
    <message>
        <source>The points are taken from your card at once, and the voucher goes into your wallet. It cannot be turned back into points.</source>
        <translation>The points are taken from your card at once, and the voucher goes into your wallet. It cannot be turned back into points.</translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation>Type your PIN to confirm.</translation>
    </message>
    <message>
        <source>{points} points → a voucher worth {money}</source>
        <translation>{points} points → a voucher worth {money}</translation>
    </message>
    <message>
        <source>Making your voucher…</source>
        <translation>Making your voucher…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before it locks.</numerusform>
            <numerusform>Wrong PIN. %n tries left before it locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Type it again.</source>
        <translation>Wrong PIN. Type it again.</translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries: no points were taken. Go back to your card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code.</source>
        <translation>Your PIN is locked after too many wrong tries: no points were taken. Go back to your card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: no voucher was made and no points were taken. Try again later.</source>
        <translation>The loyalty server cannot be reached now: no voucher was made and no points were taken. Try again later.</translation>
    </message>
    <message>
        <source>No voucher was made and no points were taken: {why}</source>
        <translation>No voucher was made and no points were taken: {why}</translation>
    </message>
</context>
<context>
    <name>PrintReceipt</name>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Printed: please take it from the printer.</source>
        <translation>Printed: please take it from the printer.</translation>
    </message>
    <message>
        <source>The printer has run out of paper. Please ask a member of staff.</source>
        <translation>The printer has run out of paper. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>The printer is open. Please ask a member of staff.</source>
        <translation>The printer is open. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask a member of staff.</source>
        <translation>The printer is not working right now. Please ask a member of staff.</translation>
    </message>
</context>
<context>
    <name>PrintedWords</name>
    <message>
        <source>Printed. {warning}</source>
        <extracomment>States after which the receipt is in the customer&apos;s hand.</extracomment>
        <translation>Printed. {warning}</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <source>No receipt printer</source>
        <translation>No receipt printer</translation>
    </message>
    <message>
        <source>Network printer (type its address)</source>
        <translation>Network printer (type its address)</translation>
    </message>
    <message>
        <source>Dummy (prints nothing: for trying the app)</source>
        <translation>Dummy (prints nothing: for trying the app)</translation>
    </message>
    <message>
        <source>Address, e.g. 192.168.1.50 or 192.168.1.50:9100</source>
        <translation>Address, e.g. 192.168.1.50 or 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <source>Print a test slip</source>
        <translation>Print a test slip</translation>
    </message>
    <message numerus="yes">
        <source>Printers found: %n.</source>
        <translation>
            <numerusform>Printers found: %n.</numerusform>
            <numerusform>Printers found: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>Printing a test slip…</translation>
    </message>
</context>
<context>
    <name>PrizeRequestScreen</name>
    <message>
        <source>Request this prize</source>
        <translation>Request this prize</translation>
    </message>
    <message>
        <source>In-store pick-up at this shop&apos;s counter. Until it is ready, you can cancel it in “My requests”.</source>
        <translation>In-store pick-up at this shop&apos;s counter. Until it is ready, you can cancel it in “My requests”.</translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation>Type your PIN to confirm.</translation>
    </message>
    <message>
        <source>{prize} for {points} points</source>
        <translation>{prize} for {points} points</translation>
    </message>
    <message>
        <source>Points left after it: {left}</source>
        <translation>Points left after it: {left}</translation>
    </message>
    <message>
        <source>Requesting your prize…</source>
        <translation>Requesting your prize…</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: no prize was requested and no points were taken. Try again later.</source>
        <translation>The loyalty server cannot be reached now: no prize was requested and no points were taken. Try again later.</translation>
    </message>
    <message>
        <source>No prize was requested: {why}</source>
        <translation>No prize was requested: {why}</translation>
    </message>
</context>
<context>
    <name>PrizeRequestsScreen</name>
    <message>
        <source>My prize requests</source>
        <translation>My prize requests</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Yes, cancel it</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>✓ Your prize is requested. We will have it ready for you at the counter.</source>
        <translation>✓ Your prize is requested. We will have it ready for you at the counter.</translation>
    </message>
    <message>
        <source>The answer was lost on the way. The kiosk is finding out whether your prize was requested: it will show here, never twice.</source>
        <translation>The answer was lost on the way. The kiosk is finding out whether your prize was requested: it will show here, never twice.</translation>
    </message>
    <message>
        <source>Looking for your requests…</source>
        <translation>Looking for your requests…</translation>
    </message>
    <message>
        <source>You have not requested any prize yet.</source>
        <translation>You have not requested any prize yet.</translation>
    </message>
    <message>
        <source>{points} points, requested on {date}</source>
        <translation>{points} points, requested on {date}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the request for {prize}</source>
        <translation>Cancel the request for {prize}</translation>
    </message>
    <message>
        <source>Requested: the shop is getting it ready</source>
        <translation>Requested: the shop is getting it ready</translation>
    </message>
    <message>
        <source>✓ Ready: collect it at the counter</source>
        <translation>✓ Ready: collect it at the counter</translation>
    </message>
    <message>
        <source>✓ Collected</source>
        <translation>✓ Collected</translation>
    </message>
    <message>
        <source>Cancelled: the points were given back</source>
        <translation>Cancelled: the points were given back</translation>
    </message>
    <message>
        <source>Cancel your request for {prize}? The {points} points come back to your card.</source>
        <translation>Cancel your request for {prize}? The {points} points come back to your card.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>✓ Cancelled: the points are back on your card.</source>
        <translation>✓ Cancelled: the points are back on your card.</translation>
    </message>
</context>
<context>
    <name>PrizesScreen</name>
    <message>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>My prize requests</source>
        <translation>My prize requests</translation>
    </message>
    <message>
        <source>Choose a prize. Slide the list up to see more.</source>
        <translation>Choose a prize. Slide the list up to see more.</translation>
    </message>
    <message>
        <source>Prizes for your points</source>
        <translation>Prizes for your points</translation>
    </message>
    <message>
        <source>Choose a kind of prize.</source>
        <translation>Choose a kind of prize.</translation>
    </message>
    <message numerus="yes">
        <source>You have {points} points</source>
        <translation>
            <numerusform>You have {points} point</numerusform>
            <numerusform>You have {points} points</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the prizes…</source>
        <translation>Looking for the prizes…</translation>
    </message>
    <message>
        <source>There are no prizes right now. Come back soon!</source>
        <translation>There are no prizes right now. Come back soon!</translation>
    </message>
    <message>
        <source>There are no prizes of this kind right now.</source>
        <translation>There are no prizes of this kind right now.</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>✓ Your points are enough</source>
        <translation>✓ Your points are enough</translation>
    </message>
    <message numerus="yes">
        <source>You need %Ln more point(s)</source>
        <translation>
            <numerusform>You need %Ln more point</numerusform>
            <numerusform>You need %Ln more points</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Choose {prize}</source>
        <translation>Choose {prize}</translation>
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
        <source>Points to voucher</source>
        <translation>Points to voucher</translation>
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
    <name>ReceiptWords</name>
    <message>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <source>Show this voucher at the till.</source>
        <translation>Show this voucher at the till.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Welcome, {name}!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>Your loyalty card</source>
        <translation>Your loyalty card</translation>
    </message>
    <message>
        <source>Show this code at every purchase, or scan the QR code to keep the card on your phone.</source>
        <translation>Show this code at every purchase, or scan the QR code to keep the card on your phone.</translation>
    </message>
    <message>
        <source>Test slip</source>
        <translation>Test slip</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>{width} mm, {columns} characters a line</source>
        <translation>{width} mm, {columns} characters a line</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>If you can read this and the QR code scans, the printer is ready.</source>
        <translation>If you can read this and the QR code scans, the printer is ready.</translation>
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
    <name>ResetPinScreen</name>
    <message>
        <source>Set your PIN</source>
        <translation>Set your PIN</translation>
    </message>
    <message>
        <source>Your card has no PIN yet. We send a one-time code to the e-mail or phone you gave us; with it you choose your PIN.</source>
        <translation>Your card has no PIN yet. We send a one-time code to the e-mail or phone you gave us; with it you choose your PIN.</translation>
    </message>
    <message>
        <source>Reset your PIN</source>
        <translation>Reset your PIN</translation>
    </message>
    <message>
        <source>We send a one-time code to the e-mail or phone you gave us; with it you choose a new PIN. This also unlocks a locked PIN.</source>
        <translation>We send a one-time code to the e-mail or phone you gave us; with it you choose a new PIN. This also unlocks a locked PIN.</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <source>Send me a one-time code</source>
        <translation>Send me a one-time code</translation>
    </message>
    <message>
        <source>Pad for the code</source>
        <translation>Pad for the code</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Step {number} of {count}</translation>
    </message>
    <message>
        <source>First, a one-time code.</source>
        <translation>First, a one-time code.</translation>
    </message>
    <message>
        <source>Type the code we sent you.</source>
        <translation>Type the code we sent you.</translation>
    </message>
    <message>
        <source>Type your new PIN.</source>
        <translation>Type your new PIN.</translation>
    </message>
    <message>
        <source>Type your new PIN again.</source>
        <translation>Type your new PIN again.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Sending the code…</translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to {address}. It works for %n minutes.</source>
        <translation>
            <numerusform>We sent a code to {address}. It works for %n minute.</numerusform>
            <numerusform>We sent a code to {address}. It works for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to the e-mail or phone you gave us. It works for %n minutes.</source>
        <translation>
            <numerusform>We sent a code to the e-mail or phone you gave us. It works for %n minute.</numerusform>
            <numerusform>We sent a code to the e-mail or phone you gave us. It works for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send again (in %n s)</source>
        <translation>
            <numerusform>Send again (in %n s)</numerusform>
            <numerusform>Send again (in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Send the code again</translation>
    </message>
    <message>
        <source>Setting your PIN…</source>
        <translation>Setting your PIN…</translation>
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
        <extracomment>The receipt printer&apos;s settings, shown on their own page.</extracomment>
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
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <source>As the computer&apos;s (light or dark)</source>
        <translation>As the computer&apos;s (light or dark)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Receipt printer:</source>
        <translation>Receipt printer:</translation>
    </message>
    <message>
        <source>Paper roll:</source>
        <translation>Paper roll:</translation>
    </message>
    <message>
        <source>Printer model:</source>
        <translation>Printer model:</translation>
    </message>
    <message>
        <source>Slip:</source>
        <translation>Slip:</translation>
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
        <source>{width} mm</source>
        <translation>{width} mm</translation>
    </message>
    <message>
        <source>Print it on the receipt printer as soon as it is saved</source>
        <translation>Print it on the receipt printer as soon as it is saved</translation>
    </message>
    <message>
        <source>Receipt printer…</source>
        <translation>Receipt printer…</translation>
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
        <source>Leave them empty to keep the ones saved, in this computer&apos;s keyring.</source>
        <translation>Leave them empty to keep the ones saved, in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <source>Leave them empty to keep the ones saved, in the settings file only the app&apos;s user can read.</source>
        <translation>Leave them empty to keep the ones saved, in the settings file only the app&apos;s user can read.</translation>
    </message>
    <message>
        <source>Leave it empty to use the built-in sandbox with demo data (no real customers).</source>
        <translation>Leave it empty to use the built-in sandbox with demo data (no real customers).</translation>
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
        <source>An ESC/POS receipt printer by USB, serial port or network (port 9100).</source>
        <translation>An ESC/POS receipt printer by USB, serial port or network (port 9100).</translation>
    </message>
    <message>
        <source>&quot;default&quot; suits most printers; the model tells whether it prints QR codes itself.</source>
        <translation>&quot;default&quot; suits most printers; the model tells whether it prints QR codes itself.</translation>
    </message>
    <message>
        <source>With no address, the built-in sandbox starts with the app.</source>
        <translation>With no address, the built-in sandbox starts with the app.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>With a loyalty server address, also fill in: {fields}.</source>
        <translation>With a loyalty server address, also fill in: {fields}.</translation>
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
        <source>Print receipt (Ctrl+R)</source>
        <translation>Print receipt (Ctrl+R)</translation>
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
    <name>StaffPinScreen</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Type the manager PIN to open the staff menu.</source>
        <translation>Type the manager PIN to open the staff menu.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <source>Open the staff menu</source>
        <translation>Open the staff menu</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Back to customers</translation>
    </message>
    <message>
        <source>No manager PIN is set on this kiosk, so the staff menu stays shut. Set one from the desktop with: kiosk settings manager-pin</source>
        <translation>No manager PIN is set on this kiosk, so the staff menu stays shut. Set one from the desktop with: kiosk settings manager-pin</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>Wrong manager PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong manager PINs: try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong manager PINs: try again in %n second.</numerusform>
            <numerusform>Too many wrong manager PINs: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manager PIN could not be checked; the log has the details.</source>
        <translation>The manager PIN could not be checked; the log has the details.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff menu</source>
        <translation>Staff menu</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Restart the kiosk</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Exit to the desktop</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Back to customers</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The loyalty server is in trouble</source>
        <translation>The loyalty server is in trouble</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to sync</source>
        <translation>
            <numerusform>%n operation waiting to sync</numerusform>
            <numerusform>%n operations waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync failed; the log has the details.</source>
        <translation>The sync failed; the log has the details.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>The test could not run; the log has the details.</source>
        <translation>The test could not run; the log has the details.</translation>
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
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Your e-mail or mobile number (or the number of a card you were given):</source>
        <translation>Your e-mail or mobile number (or the number of a card you were given):</translation>
    </message>
    <message>
        <source>name@example.com or 333 123 4567</source>
        <translation>name@example.com or 333 123 4567</translation>
    </message>
</context>
<context>
    <name>StillThereScreen</name>
    <message numerus="yes">
        <source>For your privacy the screen will be cleared in %n second(s).</source>
        <extracomment>How long the question waits for an answer (WCAG 2.2.1: at least 20 s is asked only of what cannot be extended; here &quot;Yes&quot; extends it, as often as the customer likes).</extracomment>
        <translation>
            <numerusform>For your privacy the screen will be cleared in %n second.</numerusform>
            <numerusform>For your privacy the screen will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here</source>
        <translation>Yes, I&apos;m still here</translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here: more time</source>
        <translation>Yes, I&apos;m still here: more time</translation>
    </message>
</context>
<context>
    <name>StoresScreen</name>
    <message>
        <source>Shops</source>
        <extracomment>The nearest shop this close to the kiosk&apos;s position is the shop the kiosk stands in.</extracomment>
        <translation>Shops</translation>
    </message>
    <message>
        <source>This shop and the shops nearest to it. Tap “My shop” on the ones you use most.</source>
        <translation>This shop and the shops nearest to it. Tap “My shop” on the ones you use most.</translation>
    </message>
    <message>
        <source>Looking for the shops…</source>
        <translation>Looking for the shops…</translation>
    </message>
    <message>
        <source>To show the shops near here, this kiosk needs your consent to the use of your position. You can give it in “My details”.</source>
        <translation>To show the shops near here, this kiosk needs your consent to the use of your position. You can give it in “My details”.</translation>
    </message>
    <message>
        <source>This kiosk does not know where it stands, so it cannot list the shops near here.</source>
        <translation>This kiosk does not know where it stands, so it cannot list the shops near here.</translation>
    </message>
    <message>
        <source>Your shops</source>
        <translation>Your shops</translation>
    </message>
    <message>
        <source>You have not chosen a shop of your own yet.</source>
        <translation>You have not chosen a shop of your own yet.</translation>
    </message>
    <message>
        <source>➤ This shop</source>
        <translation>➤ This shop</translation>
    </message>
    <message>
        <source>{address}, {city}</source>
        <translation>{address}, {city}</translation>
    </message>
    <message>
        <source>{distance} m away</source>
        <translation>{distance} m away</translation>
    </message>
    <message>
        <source>{distance} km away</source>
        <translation>{distance} km away</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>My shop</translation>
    </message>
    <message>
        <source>My shop: {name}, chosen</source>
        <translation>My shop: {name}, chosen</translation>
    </message>
    <message>
        <source>My shop: {name}, not chosen</source>
        <translation>My shop: {name}, not chosen</translation>
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
    <name>VoucherDialog</name>
    <message>
        <source>Use a voucher</source>
        <translation>Use a voucher</translation>
    </message>
    <message>
        <source>Scan the voucher&apos;s QR code or type its code</source>
        <translation>Scan the voucher&apos;s QR code or type its code</translation>
    </message>
    <message>
        <source>Use it (Enter)</source>
        <translation>Use it (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Voucher code:</source>
        <translation>Voucher code:</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Receipt number:</translation>
    </message>
    <message>
        <source>Checking the voucher…</source>
        <translation>Checking the voucher…</translation>
    </message>
    <message>
        <source>{title}: {money} off</source>
        <translation>{title}: {money} off</translation>
    </message>
    <message>
        <source>{title}: {percent}% off</source>
        <translation>{title}: {percent}% off</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Valid until {date}.</translation>
    </message>
    <message>
        <source>Using the voucher…</source>
        <translation>Using the voucher…</translation>
    </message>
</context>
<context>
    <name>VoucherQrCode</name>
    <message>
        <source>Voucher QR code</source>
        <extracomment>The QR code of a voucher is at least this wide (mm): a till&apos;s scanner reads it off the glass. Round amounts of points offered for a voucher (the campaign&apos;s minimum is always one of the choices). At most this many amounts to choose from.</extracomment>
        <translation>Voucher QR code</translation>
    </message>
    <message>
        <source>QR code of voucher {code}</source>
        <translation>QR code of voucher {code}</translation>
    </message>
</context>
<context>
    <name>VouchersScreen</name>
    <message>
        <source>My vouchers</source>
        <translation>My vouchers</translation>
    </message>
    <message>
        <source>Your vouchers: show the code or its QR code at the till</source>
        <translation>Your vouchers: show the code or its QR code at the till</translation>
    </message>
    <message>
        <source>✓ Your new voucher is ready: it is in the list below.</source>
        <translation>✓ Your new voucher is ready: it is in the list below.</translation>
    </message>
    <message>
        <source>The answer was lost on the way. This kiosk is finding out whether your voucher was made: if it was, it shows below. Your points are never taken twice.</source>
        <translation>The answer was lost on the way. This kiosk is finding out whether your voucher was made: if it was, it shows below. Your points are never taken twice.</translation>
    </message>
    <message>
        <source>Looking for your vouchers…</source>
        <translation>Looking for your vouchers…</translation>
    </message>
    <message numerus="yes">
        <source>You have {points} points</source>
        <translation>
            <numerusform>You have {points} point</numerusform>
            <numerusform>You have {points} points</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn points into a voucher: choose how many.</source>
        <translation>Turn points into a voucher: choose how many.</translation>
    </message>
    <message>
        <source>A voucher takes at least {points} points: keep collecting!</source>
        <translation>A voucher takes at least {points} points: keep collecting!</translation>
    </message>
    <message>
        <source>{points} points → {money}</source>
        <translation>{points} points → {money}</translation>
    </message>
    <message>
        <source>Turn {points} points into a voucher worth {money}</source>
        <translation>Turn {points} points into a voucher worth {money}</translation>
    </message>
    <message>
        <source>You have no vouchers yet.</source>
        <translation>You have no vouchers yet.</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Terms: {terms}</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print voucher {code}</source>
        <translation>Print voucher {code}</translation>
    </message>
    <message>
        <source>Worth {money}</source>
        <translation>Worth {money}</translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>{percent}% off</translation>
    </message>
    <message>
        <source>Used on {date}</source>
        <translation>Used on {date}</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Expired on {date}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>✓ Active: use it by {date}</source>
        <translation>✓ Active: use it by {date}</translation>
    </message>
    <message>
        <source>✓ Active: it does not expire</source>
        <translation>✓ Active: it does not expire</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Something went wrong; the log has the details.</translation>
    </message>
    <message>
        <source>The reason was not recorded.</source>
        <translation>The reason was not recorded.</translation>
    </message>
    <message>
        <source>nothing could be read.</source>
        <translation>nothing could be read.</translation>
    </message>
    <message>
        <source>the kiosk cannot use it.</source>
        <translation>the kiosk cannot use it.</translation>
    </message>
    <message>
        <source>this operation was NOT saved.</source>
        <translation>this operation was NOT saved.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environment</translation>
    </message>
    <message>
        <source>in {file}</source>
        <translation>in {file}</translation>
    </message>
    <message>
        <source>flag {flag}</source>
        <translation>flag {flag}</translation>
    </message>
    <message>
        <source>to be saved</source>
        <translation>to be saved</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>the api key</source>
        <translation>the api key</translation>
    </message>
    <message>
        <source>the campaign number</source>
        <translation>the campaign number</translation>
    </message>
    <message>
        <source>the terminal&apos;s user name</source>
        <translation>the terminal&apos;s user name</translation>
    </message>
    <message>
        <source>the terminal&apos;s password</source>
        <translation>the terminal&apos;s password</translation>
    </message>
    <message>
        <source>the terminal&apos;s serial number</source>
        <translation>the terminal&apos;s serial number</translation>
    </message>
    <message>
        <source>Fill in first: {names}.</source>
        <translation>Fill in first: {names}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>being sent</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>discarded</translation>
    </message>
    <message>
        <source>This operation has changed meanwhile: nothing was changed.</source>
        <translation>This operation has changed meanwhile: nothing was changed.</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} or {other}</translation>
    </message>
    <message>
        <source>This operation is {state}, not {wanted}: nothing was changed.</source>
        <translation>This operation is {state}, not {wanted}: nothing was changed.</translation>
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
    <message>
        <source>The password needs a letter and a digit.</source>
        <translation>The password needs a letter and a digit.</translation>
    </message>
    <message>
        <source>The password needs a letter.</source>
        <translation>The password needs a letter.</translation>
    </message>
    <message>
        <source>The password needs a digit.</source>
        <translation>The password needs a digit.</translation>
    </message>
    <message>
        <source>The terminal could not sign in to the loyalty server: ask the shop manager to check the terminal&apos;s user, password, serial number and api key in the settings.</source>
        <translation>The terminal could not sign in to the loyalty server: ask the shop manager to check the terminal&apos;s user, password, serial number and api key in the settings.</translation>
    </message>
    <message>
        <source>The user name or password is not right: ask the customer to type them again.</source>
        <translation>The user name or password is not right: ask the customer to type them again.</translation>
    </message>
    <message>
        <source>The connection to the loyalty server had to be renewed and failed: try again.</source>
        <translation>The connection to the loyalty server had to be renewed and failed: try again.</translation>
    </message>
    <message>
        <source>The customer&apos;s session has expired: ask the customer to sign in again.</source>
        <translation>The customer&apos;s session has expired: ask the customer to sign in again.</translation>
    </message>
    <message>
        <source>This terminal is not allowed to do that on the loyalty server: call support.</source>
        <translation>This terminal is not allowed to do that on the loyalty server: call support.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries: wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Too many tries: wait %n second, then try again.</numerusform>
            <numerusform>Too many tries: wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait a while, then try again.</source>
        <translation>Too many tries: wait a while, then try again.</translation>
    </message>
    <message>
        <source>The loyalty server refused the value of “{field}”: check it and try again.</source>
        <translation>The loyalty server refused the value of “{field}”: check it and try again.</translation>
    </message>
    <message>
        <source>The loyalty server refused what was sent: check what was entered and try again.</source>
        <translation>The loyalty server refused what was sent: check what was entered and try again.</translation>
    </message>
    <message>
        <source>This card is not known to the loyalty program: scan it again or check the number.</source>
        <translation>This card is not known to the loyalty program: scan it again or check the number.</translation>
    </message>
    <message>
        <source>This card is blocked or was replaced: ask the customer for their current card.</source>
        <translation>This card is blocked or was replaced: ask the customer for their current card.</translation>
    </message>
    <message>
        <source>That new card number is already in use: take another new card.</source>
        <translation>That new card number is already in use: take another new card.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is not right (%n tries left): ask the customer to type it again.</source>
        <translation>
            <numerusform>The PIN is not right (%n try left): ask the customer to type it again.</numerusform>
            <numerusform>The PIN is not right (%n tries left): ask the customer to type it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is not right: ask the customer to type it again.</source>
        <translation>The PIN is not right: ask the customer to type it again.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: the customer must reset it before redeeming.</source>
        <translation>The PIN is locked after too many wrong tries: the customer must reset it before redeeming.</translation>
    </message>
    <message>
        <source>This card already has a PIN: the customer must type the current PIN to choose a new one.</source>
        <translation>This card already has a PIN: the customer must type the current PIN to choose a new one.</translation>
    </message>
    <message>
        <source>There are not enough points on the card: check the balance and use fewer points.</source>
        <translation>There are not enough points on the card: check the balance and use fewer points.</translation>
    </message>
    <message>
        <source>There is not enough credit on the card: check the balance and use less credit.</source>
        <translation>There is not enough credit on the card: check the balance and use less credit.</translation>
    </message>
    <message>
        <source>This campaign does not allow this redemption without the customer&apos;s PIN: it is beyond what may be redeemed offline.</source>
        <translation>This campaign does not allow this redemption without the customer&apos;s PIN: it is beyond what may be redeemed offline.</translation>
    </message>
    <message>
        <source>This customer has no e-mail or phone on file, so the PIN cannot be reset here: the customer must first add one to their account.</source>
        <translation>This customer has no e-mail or phone on file, so the PIN cannot be reset here: the customer must first add one to their account.</translation>
    </message>
    <message>
        <source>The code is not right: check it and type it again.</source>
        <translation>The code is not right: check it and type it again.</translation>
    </message>
    <message>
        <source>The code has expired or was already used: ask for a new code.</source>
        <translation>The code has expired or was already used: ask for a new code.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries or codes: wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Too many tries or codes: wait %n second, then try again.</numerusform>
            <numerusform>Too many tries or codes: wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries or codes: wait a while, then ask for a new code.</source>
        <translation>Too many tries or codes: wait a while, then ask for a new code.</translation>
    </message>
    <message>
        <source>No customer was found: sign up as a new customer.</source>
        <translation>No customer was found: sign up as a new customer.</translation>
    </message>
    <message>
        <source>This customer is already registered: sign in instead.</source>
        <translation>This customer is already registered: sign in instead.</translation>
    </message>
    <message>
        <source>The loyalty server has no record of this operation: it was not applied.</source>
        <translation>The loyalty server has no record of this operation: it was not applied.</translation>
    </message>
    <message>
        <source>This operation was already sent with different details: call support.</source>
        <translation>This operation was already sent with different details: call support.</translation>
    </message>
    <message>
        <source>The loyalty server is still working on this operation: wait a moment and check again.</source>
        <translation>The loyalty server is still working on this operation: wait a moment and check again.</translation>
    </message>
    <message>
        <source>This movement cannot be reversed: it was already reversed or is itself a reversal.</source>
        <translation>This movement cannot be reversed: it was already reversed or is itself a reversal.</translation>
    </message>
    <message>
        <source>The movement to reverse is not known to the loyalty server: check the card&apos;s history.</source>
        <translation>The movement to reverse is not known to the loyalty server: check the card&apos;s history.</translation>
    </message>
    <message>
        <source>This voucher code is not known: check it and type it again.</source>
        <translation>This voucher code is not known: check it and type it again.</translation>
    </message>
    <message>
        <source>This voucher was already used.</source>
        <translation>This voucher was already used.</translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation>This voucher has expired.</translation>
    </message>
    <message>
        <source>That is fewer points than a voucher takes: choose more points.</source>
        <translation>That is fewer points than a voucher takes: choose more points.</translation>
    </message>
    <message>
        <source>This prize is no longer in the catalogue.</source>
        <translation>This prize is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>This prize has just run out: choose another one. No points were spent.</source>
        <translation>This prize has just run out: choose another one. No points were spent.</translation>
    </message>
    <message>
        <source>To have the prize sent, give the address to send it to.</source>
        <translation>To have the prize sent, give the address to send it to.</translation>
    </message>
    <message>
        <source>This prize request is not known.</source>
        <translation>This prize request is not known.</translation>
    </message>
    <message>
        <source>This prize is already being prepared, so the request can no longer be cancelled.</source>
        <translation>This prize is already being prepared, so the request can no longer be cancelled.</translation>
    </message>
    <message>
        <source>This game is over or not open yet.</source>
        <translation>This game is over or not open yet.</translation>
    </message>
    <message>
        <source>You have no plays left in this game.</source>
        <translation>You have no plays left in this game.</translation>
    </message>
    <message>
        <source>This news item is no longer available.</source>
        <translation>This news item is no longer available.</translation>
    </message>
    <message>
        <source>This message is no longer available.</source>
        <translation>This message is no longer available.</translation>
    </message>
    <message>
        <source>This shop is no longer in the list.</source>
        <translation>This shop is no longer in the list.</translation>
    </message>
    <message>
        <source>To see the shops near here, first allow the use of your position in My details.</source>
        <translation>To see the shops near here, first allow the use of your position in My details.</translation>
    </message>
    <message>
        <source>The password is not right: type your current password again.</source>
        <translation>The password is not right: type your current password again.</translation>
    </message>
    <message>
        <source>This account has no password: it was opened with the card only. Confirm with your PIN instead.</source>
        <translation>This account has no password: it was opened with the card only. Confirm with your PIN instead.</translation>
    </message>
    <message numerus="yes">
        <source>The loyalty server has a problem: try again in %n seconds.</source>
        <translation>
            <numerusform>The loyalty server has a problem: try again in %n second.</numerusform>
            <numerusform>The loyalty server has a problem: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loyalty server has a problem: try again in a moment.</source>
        <translation>The loyalty server has a problem: try again in a moment.</translation>
    </message>
    <message>
        <source>The loyalty server refused the request (error {code}): try again, and call support if it keeps happening.</source>
        <translation>The loyalty server refused the request (error {code}): try again, and call support if it keeps happening.</translation>
    </message>
    <message>
        <source>The loyalty server refused the request: try again, and call support if it keeps happening.</source>
        <translation>The loyalty server refused the request: try again, and call support if it keeps happening.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached: check the network and try again.</source>
        <translation>The loyalty server cannot be reached: check the network and try again.</translation>
    </message>
    <message>
        <source>The loyalty server did not answer: the operation may have gone through, so check it before doing it again.</source>
        <translation>The loyalty server did not answer: the operation may have gone through, so check it before doing it again.</translation>
    </message>
    <message>
        <source>The loyalty server sent an answer the terminal cannot read: try again, and call support if it keeps happening.</source>
        <translation>The loyalty server sent an answer the terminal cannot read: try again, and call support if it keeps happening.</translation>
    </message>
    <message>
        <source>The terminal&apos;s loyalty sign-in is not set up: ask the shop manager to enter it in the settings.</source>
        <translation>The terminal&apos;s loyalty sign-in is not set up: ask the shop manager to enter it in the settings.</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk is full: {outcome} Free some space and try again.</source>
        <translation>The terminal&apos;s disk is full: {outcome} Free some space and try again.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is read-only: {outcome} Check that the kiosk may write its data folder and that the disk has not switched to read-only.</source>
        <translation>The terminal&apos;s database is read-only: {outcome} Check that the kiosk may write its data folder and that the disk has not switched to read-only.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database stayed locked by another kiosk program for too long: {outcome} Try again; if it keeps happening, restart the terminal.</source>
        <translation>The terminal&apos;s database stayed locked by another kiosk program for too long: {outcome} Try again; if it keeps happening, restart the terminal.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is damaged: nothing was saved, and nothing will be until it is repaired. Run `kiosk store check` to see what is wrong and which backups there are, then `kiosk store restore BACKUP` with the newest good one; or call support. Do not delete the file.</source>
        <translation>The terminal&apos;s database is damaged: nothing was saved, and nothing will be until it is repaired. Run `kiosk store check` to see what is wrong and which backups there are, then `kiosk store restore BACKUP` with the newest good one; or call support. Do not delete the file.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database cannot be opened: check that its data folder exists and may be written.</source>
        <translation>The terminal&apos;s database cannot be opened: check that its data folder exists and may be written.</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk reported an error: {outcome} Try again; if it keeps happening, call support.</source>
        <translation>The terminal&apos;s disk reported an error: {outcome} Try again; if it keeps happening, call support.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database failed unexpectedly: {outcome} Try again; if it keeps happening, call support.</source>
        <translation>The terminal&apos;s database failed unexpectedly: {outcome} Try again; if it keeps happening, call support.</translation>
    </message>
    <message>
        <source>This operation was already saved once: it was not saved again.</source>
        <translation>This operation was already saved once: it was not saved again.</translation>
    </message>
    <message>
        <source>This operation is not in the terminal&apos;s queue.</source>
        <translation>This operation is not in the terminal&apos;s queue.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database was written by a newer kiosk program: install the newer program. The database was not changed.</source>
        <translation>The terminal&apos;s database was written by a newer kiosk program: install the newer program. The database was not changed.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database could not be backed up before its upgrade, so it was not upgraded: check that the disk has space and the data folder may be written.</source>
        <translation>The terminal&apos;s database could not be backed up before its upgrade, so it was not upgraded: check that the disk has space and the data folder may be written.</translation>
    </message>
    <message>
        <source>There is no backup file {backup}: nothing was changed.</source>
        <translation>There is no backup file {backup}: nothing was changed.</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged too: nothing was changed. Choose an older one.</source>
        <translation>The backup {backup} is damaged too: nothing was changed. Choose an older one.</translation>
    </message>
    <message>
        <source>Another kiosk program is using this database now: stop it first. Nothing was changed.</source>
        <translation>Another kiosk program is using this database now: stop it first. Nothing was changed.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Try again.</translation>
    </message>
    <message>
        <source>Nothing was redeemed.</source>
        <translation>Nothing was redeemed.</translation>
    </message>
    <message>
        <source>Nothing was redeemed. Try again.</source>
        <translation>Nothing was redeemed. Try again.</translation>
    </message>
    <message>
        <source>Connecting to the loyalty server…</source>
        <translation>Connecting to the loyalty server…</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>The amount is too large for one purchase.</source>
        <translation>The amount is too large for one purchase.</translation>
    </message>
    <message>
        <source>That is not an amount of money: write it with digits, like {example} or {example_cents}.</source>
        <translation>That is not an amount of money: write it with digits, like {example} or {example_cents}.</translation>
    </message>
    <message>
        <source>The amount has more than two decimals.</source>
        <translation>The amount has more than two decimals.</translation>
    </message>
    <message>
        <source>The points must be more than zero.</source>
        <translation>The points must be more than zero.</translation>
    </message>
    <message>
        <source>That number of points is too large.</source>
        <translation>That number of points is too large.</translation>
    </message>
    <message>
        <source>That is not a number of points: points are whole numbers written with digits, like 500 or {example}.</source>
        <translation>That is not a number of points: points are whole numbers written with digits, like 500 or {example}.</translation>
    </message>
    <message>
        <source>The top-up must be more than zero.</source>
        <translation>The top-up must be more than zero.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n points must be redeemed at a time.</source>
        <translation>
            <numerusform>At least %n point must be redeemed at a time.</numerusform>
            <numerusform>At least %n points must be redeemed at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card has only {available} points to redeem ({waiting} more are still waiting to reach the loyalty server).</source>
        <translation>The card has only {available} points to redeem ({waiting} more are still waiting to reach the loyalty server).</translation>
    </message>
    <message>
        <source>The card has only {available} points to redeem.</source>
        <translation>The card has only {available} points to redeem.</translation>
    </message>
    <message>
        <source>The card has only {money} of credit to spend (more is still waiting to reach the loyalty server).</source>
        <translation>The card has only {money} of credit to spend (more is still waiting to reach the loyalty server).</translation>
    </message>
    <message>
        <source>The card has only {money} of credit to spend.</source>
        <translation>The card has only {money} of credit to spend.</translation>
    </message>
    <message>
        <source>The campaign&apos;s rules are not known on this terminal yet: points cannot be redeemed.</source>
        <translation>The campaign&apos;s rules are not known on this terminal yet: points cannot be redeemed.</translation>
    </message>
    <message>
        <source>“{text}” is not a card number.</source>
        <translation>“{text}” is not a card number.</translation>
    </message>
    <message>
        <source>Card number {card} is not valid (wrong check digit): scan it again or check the digits.</source>
        <translation>Card number {card} is not valid (wrong check digit): scan it again or check the digits.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” is not an e-mail address.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>“{text}” is not a phone number.</translation>
    </message>
    <message>
        <source>Scan a card, or type a card number, e-mail or phone.</source>
        <translation>Scan a card, or type a card number, e-mail or phone.</translation>
    </message>
    <message>
        <source>“{text}” is neither a card number, an e-mail nor a phone number.</source>
        <translation>“{text}” is neither a card number, an e-mail nor a phone number.</translation>
    </message>
    <message>
        <source>Card number {card} is not a valid EAN-13 (13 digits with the right check digit): check the card number.</source>
        <translation>Card number {card} is not a valid EAN-13 (13 digits with the right check digit): check the card number.</translation>
    </message>
    <message>
        <source>Card number “{card}” cannot be shown as a Code 128 barcode: it needs 1 to {longest} letters, digits or signs, without accents.</source>
        <translation>Card number “{card}” cannot be shown as a Code 128 barcode: it needs 1 to {longest} letters, digits or signs, without accents.</translation>
    </message>
    <message>
        <source>Card format {format} is not one this terminal can draw: check the campaign&apos;s card format.</source>
        <translation>Card format {format} is not one this terminal can draw: check the campaign&apos;s card format.</translation>
    </message>
    <message>
        <source>There is no card number to show as a QR code.</source>
        <translation>There is no card number to show as a QR code.</translation>
    </message>
    <message>
        <source>This card number is too long for a QR code.</source>
        <translation>This card number is too long for a QR code.</translation>
    </message>
    <message>
        <source>Card {card} was replaced by card {new_card}: use the new card.</source>
        <translation>Card {card} was replaced by card {new_card}: use the new card.</translation>
    </message>
    <message>
        <source>Card {card} was replaced: use the new card.</source>
        <translation>Card {card} was replaced: use the new card.</translation>
    </message>
    <message>
        <source>Card {card} is blocked: nothing can be earned, redeemed or refunded on it.</source>
        <translation>Card {card} is blocked: nothing can be earned, redeemed or refunded on it.</translation>
    </message>
    <message>
        <source>Card {card} has not been checked with the loyalty server yet: nothing can be done on it offline.</source>
        <translation>Card {card} has not been checked with the loyalty server yet: nothing can be done on it offline.</translation>
    </message>
    <message>
        <source>No card in the loyalty program has this e-mail address: check the spelling.</source>
        <translation>No card in the loyalty program has this e-mail address: check the spelling.</translation>
    </message>
    <message>
        <source>No card in the loyalty program has this phone number: check the digits.</source>
        <translation>No card in the loyalty program has this phone number: check the digits.</translation>
    </message>
    <message>
        <source>No loyalty API is configured.</source>
        <translation>No loyalty API is configured.</translation>
    </message>
    <message>
        <source>The terminal cannot search by e-mail or phone offline yet: its card directory has never been fetched.</source>
        <translation>The terminal cannot search by e-mail or phone offline yet: its card directory has never been fetched.</translation>
    </message>
    <message>
        <source>The terminal cannot search by e-mail or phone offline until it has fetched the campaign again; search by card number.</source>
        <translation>The terminal cannot search by e-mail or phone offline until it has fetched the campaign again; search by card number.</translation>
    </message>
    <message>
        <source>The terminal is fetching its card directory again, so a card may not be found by e-mail or phone offline yet; search by card number.</source>
        <translation>The terminal is fetching its card directory again, so a card may not be found by e-mail or phone offline yet; search by card number.</translation>
    </message>
    <message>
        <source>No card found on this terminal (the loyalty API cannot be reached, so only cards seen before are known).</source>
        <translation>No card found on this terminal (the loyalty API cannot be reached, so only cards seen before are known).</translation>
    </message>
    <message>
        <source>No card found on this terminal.</source>
        <translation>No card found on this terminal.</translation>
    </message>
    <message>
        <source>The campaign has no card category: a new card cannot be issued here.</source>
        <translation>The campaign has no card category: a new card cannot be issued here.</translation>
    </message>
    <message>
        <source>A new card needs the loyalty server, which cannot be reached now: try again later.</source>
        <translation>A new card needs the loyalty server, which cannot be reached now: try again later.</translation>
    </message>
    <message>
        <source>Look up a customer first.</source>
        <translation>Look up a customer first.</translation>
    </message>
    <message>
        <source>Give the receipt number.</source>
        <translation>Give the receipt number.</translation>
    </message>
    <message numerus="yes">
        <source>The receipt number must be at most %n plain characters.</source>
        <translation>
            <numerusform>The receipt number must be at most %n plain character.</numerusform>
            <numerusform>The receipt number must be at most %n plain characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign does not allow earning points without the loyalty API.</source>
        <translation>This campaign does not allow earning points without the loyalty API.</translation>
    </message>
    <message>
        <source>This operation has not reached the loyalty server yet: it cannot be refunded now.</source>
        <translation>This operation has not reached the loyalty server yet: it cannot be refunded now.</translation>
    </message>
    <message>
        <source>This movement was already refunded, or is itself a refund.</source>
        <translation>This movement was already refunded, or is itself a refund.</translation>
    </message>
    <message>
        <source>A refund of this movement is already saved and waiting to sync.</source>
        <translation>A refund of this movement is already saved and waiting to sync.</translation>
    </message>
    <message>
        <source>Credit can only be spent with the loyalty server: it cannot be reached now.</source>
        <translation>Credit can only be spent with the loyalty server: it cannot be reached now.</translation>
    </message>
    <message>
        <source>This campaign does not allow redeeming without the loyalty server: it cannot be reached now.</source>
        <translation>This campaign does not allow redeeming without the loyalty server: it cannot be reached now.</translation>
    </message>
    <message numerus="yes">
        <source>Without the loyalty server at most {room} more points may be redeemed here (the campaign&apos;s limit over %n hours): redeem fewer, or wait for the connection.</source>
        <translation>
            <numerusform>Without the loyalty server at most {room} more points may be redeemed here (the campaign&apos;s limit over %n hour): redeem fewer, or wait for the connection.</numerusform>
            <numerusform>Without the loyalty server at most {room} more points may be redeemed here (the campaign&apos;s limit over %n hours): redeem fewer, or wait for the connection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeemed.</source>
        <translation>Redeemed.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the PIN locks.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the PIN locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries. Nothing was redeemed. Reset the PIN with a code sent to the customer.</source>
        <translation>The PIN is locked after too many wrong tries. Nothing was redeemed. Reset the PIN with a code sent to the customer.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: reset it with a code.</source>
        <translation>The PIN is locked after too many wrong tries: reset it with a code.</translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is wrong. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>The current PIN is wrong. %n try left before the PIN locks.</numerusform>
            <numerusform>The current PIN is wrong. %n tries left before the PIN locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation>The current PIN is wrong.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now.</source>
        <translation>The loyalty server cannot be reached now.</translation>
    </message>
    <message>
        <source>Blocking, unblocking or replacing a card needs the loyalty server, which cannot be reached now. Nothing was changed: try again when the link is back.</source>
        <translation>Blocking, unblocking or replacing a card needs the loyalty server, which cannot be reached now. Nothing was changed: try again when the link is back.</translation>
    </message>
    <message>
        <source>A voucher can be checked and used only with the loyalty server, which cannot be reached now. Do not take it off the bill: try again when the link is back.</source>
        <translation>A voucher can be checked and used only with the loyalty server, which cannot be reached now. Do not take it off the bill: try again when the link is back.</translation>
    </message>
    <message>
        <source>Signing in needs the loyalty server, which cannot be reached now. Scan your card to see its codes.</source>
        <translation>Signing in needs the loyalty server, which cannot be reached now. Scan your card to see its codes.</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again.</source>
        <translation>You were signed out. Please sign in again.</translation>
    </message>
    <message>
        <source>The loyalty server&apos;s answer was lost: the terminal is finding out whether it was redeemed. Do not hand anything over until it shows.</source>
        <translation>The loyalty server&apos;s answer was lost: the terminal is finding out whether it was redeemed. Do not hand anything over until it shows.</translation>
    </message>
    <message>
        <source>The loyalty server refused it.</source>
        <translation>The loyalty server refused it.</translation>
    </message>
    <message>
        <source>The counter is still completing this redemption.</source>
        <translation>The counter is still completing this redemption.</translation>
    </message>
    <message>
        <source>This redemption needs the customer&apos;s PIN, which the terminal never keeps: nothing was redeemed; ask the customer to redeem again.</source>
        <translation>This redemption needs the customer&apos;s PIN, which the terminal never keeps: nothing was redeemed; ask the customer to redeem again.</translation>
    </message>
    <message>
        <source>This operation was saved incomplete and cannot be sent: discard it and enter it again.</source>
        <translation>This operation was saved incomplete and cannot be sent: discard it and enter it again.</translation>
    </message>
    <message>
        <source>Type your e-mail address or mobile number.</source>
        <translation>Type your e-mail address or mobile number.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>“{text}” is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>The two passwords are not the same: type them again.</source>
        <translation>The two passwords are not the same: type them again.</translation>
    </message>
    <message>
        <source>Type your password again, then ask for the code.</source>
        <translation>Type your password again, then ask for the code.</translation>
    </message>
    <message>
        <source>Welcome back: type your password to go on.</source>
        <translation>Welcome back: type your password to go on.</translation>
    </message>
    <message>
        <source>This customer is already registered: they sign in with their e-mail or phone and password.</source>
        <translation>This customer is already registered: they sign in with their e-mail or phone and password.</translation>
    </message>
    <message>
        <source>Welcome! The card is ready, with the PIN it already had: keep using it.</source>
        <translation>Welcome! The card is ready, with the PIN it already had: keep using it.</translation>
    </message>
    <message>
        <source>Welcome! The card is ready: scan it at every purchase.</source>
        <translation>Welcome! The card is ready: scan it at every purchase.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached: check the connection and try again. Nothing typed is lost.</source>
        <translation>The loyalty server cannot be reached: check the connection and try again. Nothing typed is lost.</translation>
    </message>
    <message>
        <source>Some answers need a look: see the fields marked.</source>
        <translation>Some answers need a look: see the fields marked.</translation>
    </message>
    <message>
        <source>Correct the address, then ask for the code again.</source>
        <translation>Correct the address, then ask for the code again.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>That password is not right: try again.</source>
        <translation>That password is not right: try again.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n s.</source>
        <translation>
            <numerusform>A new code can be sent in %n s.</numerusform>
            <numerusform>A new code can be sent in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digits.</source>
        <translation>
            <numerusform>The code has %n digit.</numerusform>
            <numerusform>The code has %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes: send a new code.</source>
        <translation>Too many wrong codes: send a new code.</translation>
    </message>
    <message>
        <source>The code has expired: send a new code.</source>
        <translation>The code has expired: send a new code.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right: %n tries left.</source>
        <translation>
            <numerusform>That code is not right: %n try left.</numerusform>
            <numerusform>That code is not right: %n tries left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-digit code was sent to {address}: type it here (look in the e-mail).</source>
        <translation>
            <numerusform>A %n-digit code was sent to {address}: type it here (look in the e-mail).</numerusform>
            <numerusform>A %n-digit code was sent to {address}: type it here (look in the e-mail).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-digit code was sent to {address}: type it here (look in the phone&apos;s messages).</source>
        <translation>
            <numerusform>A %n-digit code was sent to {address}: type it here (look in the phone&apos;s messages).</numerusform>
            <numerusform>A %n-digit code was sent to {address}: type it here (look in the phone&apos;s messages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many codes were sent to this address: try again later, or use another one.</source>
        <translation>Too many codes were sent to this address: try again later, or use another one.</translation>
    </message>
    <message>
        <source>This e-mail or phone is already someone&apos;s sign-in: use another one.</source>
        <translation>This e-mail or phone is already someone&apos;s sign-in: use another one.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>The check failed.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits.</source>
        <translation>
            <numerusform>The PIN has %n digit.</numerusform>
            <numerusform>The PIN has %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manager PIN must be {low} to {high} digits.</source>
        <translation>The manager PIN must be {low} to {high} digits.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type them again.</source>
        <translation>The two PINs are not the same: type them again.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: nothing was saved.</source>
        <translation>The two PINs are not the same: nothing was saved.</translation>
    </message>
    <message>
        <source>Redeeming needs the connection to the loyalty server, which cannot be reached now.</source>
        <translation>Redeeming needs the connection to the loyalty server, which cannot be reached now.</translation>
    </message>
    <message>
        <source>No PIN was given. Nothing was redeemed.</source>
        <translation>No PIN was given. Nothing was redeemed.</translation>
    </message>
    <message>
        <source>The customer&apos;s PIN is digits only: nothing was redeemed.</source>
        <translation>The customer&apos;s PIN is digits only: nothing was redeemed.</translation>
    </message>
    <message>
        <source>No value was given for {name}: nothing was saved.</source>
        <translation>No value was given for {name}: nothing was saved.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be true or false, not “{raw}”.</source>
        <translation>{env} ({source}) must be true or false, not “{raw}”.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be a whole number.</source>
        <translation>{env} ({source}) must be a whole number.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be {minimum} or more, not {number}.</source>
        <translation>{env} ({source}) must be {minimum} or more, not {number}.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be a number, not “{raw}”.</source>
        <translation>{env} ({source}) must be a number, not “{raw}”.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be more than zero.</source>
        <translation>{env} ({source}) must be more than zero.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be text.</source>
        <translation>{env} ({source}) must be text.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be one of {choices}, not “{raw}”.</source>
        <translation>{env} ({source}) must be one of {choices}, not “{raw}”.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be empty or a number from {lowest} to {highest}, not “{raw}”.</source>
        <translation>{env} ({source}) must be empty or a number from {lowest} to {highest}, not “{raw}”.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read (at {where}).</source>
        <translation>The settings file {path} cannot be read (at {where}).</translation>
    </message>
    <message>
        <source>The settings file {path} names an unknown setting “{key}”.</source>
        <translation>The settings file {path} names an unknown setting “{key}”.</translation>
    </message>
    <message>
        <source>{name} is a secret: give it by {env} or in {file}.</source>
        <translation>{name} is a secret: give it by {env} or in {file}.</translation>
    </message>
    <message>
        <source>There is no setting “{name}”.</source>
        <translation>There is no setting “{name}”.</translation>
    </message>
    <message>
        <source>The settings could not be saved in {path} ({detail}); the previous settings still apply.</source>
        <translation>The settings could not be saved in {path} ({detail}); the previous settings still apply.</translation>
    </message>
    <message>
        <source>The new settings were saved but cannot be used.</source>
        <translation>The new settings were saved but cannot be used.</translation>
    </message>
    <message>
        <source>The loyalty server address must not hold a user name or password: put them in the terminal&apos;s own settings.</source>
        <translation>The loyalty server address must not hold a user name or password: put them in the terminal&apos;s own settings.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (https://...).</source>
        <translation>“{url}” is not a web address (https://...).</translation>
    </message>
    <message>
        <source>“{url}” must use https://: plain http is allowed only on this machine.</source>
        <translation>“{url}” must use https://: plain http is allowed only on this machine.</translation>
    </message>
    <message>
        <source>A loyalty server address is set, so these settings are needed too: {names}.</source>
        <translation>A loyalty server address is set, so these settings are needed too: {names}.</translation>
    </message>
    <message>
        <source>Connected: campaign “{campaign}” ({currency}).</source>
        <translation>Connected: campaign “{campaign}” ({currency}).</translation>
    </message>
    <message>
        <source>The loyalty server at {url} cannot be reached: check the network cable or Wi-Fi, and the address.</source>
        <translation>The loyalty server at {url} cannot be reached: check the network cable or Wi-Fi, and the address.</translation>
    </message>
    <message>
        <source>Something answers at {url}, but it is not a loyalty server: check the address.</source>
        <translation>Something answers at {url}, but it is not a loyalty server: check the address.</translation>
    </message>
    <message>
        <source>Campaign {campaign} does not exist on this loyalty server: check the campaign number.</source>
        <translation>Campaign {campaign} does not exist on this loyalty server: check the campaign number.</translation>
    </message>
    <message>
        <source>The loyalty server refused the api key or the terminal&apos;s user name and password: check them.</source>
        <translation>The loyalty server refused the api key or the terminal&apos;s user name and password: check them.</translation>
    </message>
    <message>
        <source>The loyalty server does not let this user sign in as a terminal: check the terminal&apos;s user name.</source>
        <translation>The loyalty server does not let this user sign in as a terminal: check the terminal&apos;s user name.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s keyring ({backend}) did not answer within %n second(s): it may be locked. Unlock it and try again.</source>
        <translation>
            <numerusform>This computer&apos;s keyring ({backend}) did not answer within %n second: it may be locked. Unlock it and try again.</numerusform>
            <numerusform>This computer&apos;s keyring ({backend}) did not answer within %n seconds: it may be locked. Unlock it and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s keyring ({backend}) refused the request: unlock it and try again.</source>
        <translation>This computer&apos;s keyring ({backend}) refused the request: unlock it and try again.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring ({backend}) did not keep {name}. Nothing else was changed.</source>
        <translation>This computer&apos;s keyring ({backend}) did not keep {name}. Nothing else was changed.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the secrets stay in {path}, which only the app&apos;s own user can read.</source>
        <translation>This computer has no keyring: the secrets stay in {path}, which only the app&apos;s own user can read.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <source>The printer is ready.</source>
        <translation>The printer is ready.</translation>
    </message>
    <message>
        <source>The paper roll is nearly finished: have a new one at hand.</source>
        <translation>The paper roll is nearly finished: have a new one at hand.</translation>
    </message>
    <message>
        <source>The printer is out of paper: load a new roll, then print again.</source>
        <translation>The printer is out of paper: load a new roll, then print again.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open: close it, then print again.</source>
        <translation>The printer&apos;s cover is open: close it, then print again.</translation>
    </message>
    <message>
        <source>The printer reports an error (paper jam or cutter): turn it off and on, then print again.</source>
        <translation>The printer reports an error (paper jam or cutter): turn it off and on, then print again.</translation>
    </message>
    <message>
        <source>The printer did not answer within {seconds} seconds: check that it is on and connected.</source>
        <translation>The printer did not answer within {seconds} seconds: check that it is on and connected.</translation>
    </message>
    <message>
        <source>The printer at {where} cannot be reached: check its cable or network address, and that it is on.</source>
        <translation>The printer at {where} cannot be reached: check its cable or network address, and that it is on.</translation>
    </message>
    <message>
        <source>This computer&apos;s user may not use the printer at {where}: ask whoever installed the terminal.</source>
        <translation>This computer&apos;s user may not use the printer at {where}: ask whoever installed the terminal.</translation>
    </message>
    <message>
        <source>No receipt printer is set.</source>
        <translation>No receipt printer is set.</translation>
    </message>
    <message>
        <source>“{raw}” is not a printer address: use usb:VID:PID, network:HOST[:PORT], serial:PORT[:BAUD], file:PATH or dummy.</source>
        <translation>“{raw}” is not a printer address: use usb:VID:PID, network:HOST[:PORT], serial:PORT[:BAUD], file:PATH or dummy.</translation>
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
    <name>_PinScreen</name>
    <message>
        <source>The two new PINs are different: type your new PIN again.</source>
        <extracomment>A problem is said in words; this sign goes before them, never instead of them.</extracomment>
        <translation>The two new PINs are different: type your new PIN again.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>One moment…</translation>
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
