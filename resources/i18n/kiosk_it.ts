<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_GB">
<context>
    <name>AgeWords</name>
    <message>
        <source>just now</source>
        <translation>adesso</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Scan your card or tap to start</source>
        <translation>Scansioni la sua carta o tocchi per iniziare</translation>
    </message>
    <message>
        <source>I have a card</source>
        <translation>Ho una carta</translation>
    </message>
    <message>
        <source>I have a card: sign in</source>
        <translation>Ho una carta: accedi</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Iscriviti</translation>
    </message>
    <message>
        <source>Join the loyalty programme</source>
        <translation>Iscriviti al programma fedeltà</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Carta fedeltà</translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <source>Badges</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>The badges you have earned, and those still to earn. Slide the list to see more.</source>
        <translation>I badge che ha ottenuto e quelli ancora da ottenere. Scorra l&apos;elenco per vederne altri.</translation>
    </message>
    <message>
        <source>Looking for your badges…</source>
        <translation>Cerco i suoi badge…</translation>
    </message>
    <message>
        <source>There are no badges to earn yet.</source>
        <translation>Per ora non ci sono badge da ottenere.</translation>
    </message>
    <message>
        <source>Your badges</source>
        <translation>I suoi badge</translation>
    </message>
    <message>
        <source>Still to earn</source>
        <translation>Ancora da ottenere</translation>
    </message>
    <message>
        <source>✓ Earned on {date}</source>
        <translation>✓ Ottenuto il {date}</translation>
    </message>
    <message>
        <source>Not earned yet</source>
        <translation>Non ancora ottenuto</translation>
    </message>
</context>
<context>
    <name>CardBarcode</name>
    <message>
        <source>Card barcode</source>
        <translation>Codice a barre della carta</translation>
    </message>
    <message>
        <source>Barcode of card {card}</source>
        <translation>Codice a barre della carta {card}</translation>
    </message>
</context>
<context>
    <name>CardCodes</name>
    <message>
        <source>Card {card}</source>
        <translation>Carta {card}</translation>
    </message>
</context>
<context>
    <name>CardCodesDialog</name>
    <message>
        <source>Card codes</source>
        <translation>Codici della carta</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
</context>
<context>
    <name>CardLifeDialog</name>
    <message>
        <source>Lost or found card</source>
        <translation>Carta persa o ritrovata</translation>
    </message>
    <message>
        <source>Scan or type the new card&apos;s number</source>
        <translation>Scansiona o digita il numero della nuova carta</translation>
    </message>
    <message>
        <source>The new card&apos;s number</source>
        <translation>Numero della nuova carta</translation>
    </message>
    <message>
        <source>&amp;Block the card</source>
        <translation>&amp;Blocca la carta</translation>
    </message>
    <message>
        <source>&amp;Unblock the card</source>
        <translation>&amp;Sblocca la carta</translation>
    </message>
    <message>
        <source>&amp;Move to the new card</source>
        <translation>&amp;Passa alla nuova carta</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Card {card} is blocked. Unblock it if it was found, with the manager PIN.</source>
        <translation>La carta {card} è bloccata. Sbloccala se è stata ritrovata, con il PIN del responsabile.</translation>
    </message>
    <message>
        <source>Card {card}: block it if it was lost, or move its customer, points, credit and PIN to a new card. Both need the manager PIN.</source>
        <translation>Carta {card}: bloccala se è stata persa, oppure passa cliente, punti, credito e PIN a una nuova carta. Entrambe le cose richiedono il PIN del responsabile.</translation>
    </message>
    <message>
        <source>Scan or type the new card&apos;s number first.</source>
        <translation>Prima scansiona o digita il numero della nuova carta.</translation>
    </message>
    <message>
        <source>to block card {card}</source>
        <translation>per bloccare la carta {card}</translation>
    </message>
    <message>
        <source>to unblock card {card}</source>
        <translation>per sbloccare la carta {card}</translation>
    </message>
    <message>
        <source>to move card {card} to a new card</source>
        <translation>per passare la carta {card} a una nuova carta</translation>
    </message>
    <message>
        <source>Asking the loyalty server…</source>
        <translation>Richiesta al server fedeltà…</translation>
    </message>
</context>
<context>
    <name>CardPinPage</name>
    <message>
        <source>The PIN that came with your card</source>
        <translation>Il PIN ricevuto con la carta</translation>
    </message>
    <message>
        <source>Send me the code (Enter)</source>
        <translation>Invia il codice (Invio)</translation>
    </message>
    <message>
        <source>Reset the card&apos;s PIN (Alt+P)</source>
        <translation>Reimposta il PIN della carta (Alt+P)</translation>
    </message>
    <message>
        <source>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</source>
        <translation>La carta le è stata consegnata con un PIN. Lo digiti sul tastierino: dimostra che la carta è sua, e solo allora le inviamo il codice. È lo stesso PIN che usa per spendere i punti.</translation>
    </message>
    <message>
        <source>That PIN is not right: type it again.</source>
        <translation>Il PIN non è corretto: lo digiti di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right: %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>Il PIN non è corretto: ancora %n tentativo prima che il PIN si blocchi.</numerusform>
            <numerusform>Il PIN non è corretto: ancora %n tentativi prima che il PIN si blocchi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Reset the PIN with a code: go back and choose &quot;I have a card&quot;. Or start again and join without this card.</source>
        <translation>Il PIN della carta è bloccato dopo troppi tentativi sbagliati, quindi non possiamo inviare il codice. Reimposti il PIN con un codice: torni indietro e scelga &quot;Ho una carta&quot;. Oppure ricominci e si iscriva senza questa carta.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Staff can reset it with a code sent to the e-mail or phone the shop has on file (Reset the card&apos;s PIN); without either on file, the shop&apos;s support unlocks it. Or start again and enrol as a new customer.</source>
        <translation>Il PIN della carta è bloccato dopo troppi tentativi errati, quindi non si può inviare nessun codice. Il personale può reimpostarlo con un codice inviato all&apos;e-mail o al telefono che il negozio ha in archivio (Reimposta il PIN della carta); se non ce n&apos;è nessuno, lo sblocca l&apos;assistenza del negozio. Oppure ricominci e si iscriva come nuovo cliente.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits: type all of them.</source>
        <translation>
            <numerusform>Il PIN ha %n cifra: la digiti.</numerusform>
            <numerusform>Il PIN ha %n cifre: le digiti tutte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardQrCode</name>
    <message>
        <source>Card QR code</source>
        <translation>Codice QR della carta</translation>
    </message>
    <message>
        <source>QR code of card {card}</source>
        <translation>Codice QR della carta {card}</translation>
    </message>
</context>
<context>
    <name>ChangePinScreen</name>
    <message>
        <source>Change your PIN</source>
        <translation>Cambia il PIN</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>PIN dimenticato?</translation>
    </message>
    <message>
        <source>Forgot your PIN? Reset it with a code</source>
        <translation>PIN dimenticato? Reimpostalo con un codice</translation>
    </message>
    <message>
        <source>Reset my PIN with a code</source>
        <translation>Reimposta il PIN con un codice</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Passo {number} di {count}</translation>
    </message>
    <message>
        <source>Type your current PIN.</source>
        <translation>Digiti il PIN attuale.</translation>
    </message>
    <message>
        <source>Type your new PIN.</source>
        <translation>Digiti il nuovo PIN.</translation>
    </message>
    <message>
        <source>Type your new PIN again.</source>
        <translation>Digiti di nuovo il nuovo PIN.</translation>
    </message>
    <message>
        <source>Changing your PIN…</source>
        <translation>Cambio del PIN in corso…</translation>
    </message>
    <message>
        <source>Your PIN is locked.</source>
        <translation>Il PIN è bloccato.</translation>
    </message>
</context>
<context>
    <name>CodeBoxes</name>
    <message>
        <source>Digit {number} of the code</source>
        <translation>Cifra {number} del codice</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Type the code we sent you</source>
        <translation>Digiti il codice che le abbiamo inviato</translation>
    </message>
    <message>
        <source>Check the code (Enter)</source>
        <translation>Verifica il codice (Invio)</translation>
    </message>
    <message>
        <source>Sent to {address}.</source>
        <translation>Inviato a {address}.</translation>
    </message>
    <message>
        <source>It may take a minute to arrive: look in the e-mail&apos;s spam folder too.</source>
        <translation>Può volerci un minuto: guardi anche nella cartella spam della posta.</translation>
    </message>
    <message>
        <source>It may take a minute to arrive: look in the phone&apos;s messages.</source>
        <translation>Può volerci un minuto: guardi nei messaggi del telefono.</translation>
    </message>
    <message numerus="yes">
        <source>It works for %n minutes.</source>
        <translation>
            <numerusform>Vale per %n minuto.</numerusform>
            <numerusform>Vale per %n minuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new code (in %n s)</source>
        <translation>
            <numerusform>Invia un nuovo codice (tra %n s)</numerusform>
            <numerusform>Invia un nuovo codice (tra %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code (Alt+R)</source>
        <translation>Invia un nuovo codice (Alt+R)</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Invia un nuovo codice</translation>
    </message>
</context>
<context>
    <name>ConnectivityIndicator</name>
    <message>
        <source>Connecting…</source>
        <extracomment>The key that opens the queue; the window binds it with a QShortcut.</extracomment>
        <translation>Connessione in corso…</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n da sincronizzare</numerusform>
            <numerusform>%n da sincronizzare</numerusform>
        </translation>
    </message>
    <message>
        <source>all synced</source>
        <translation>tutto sincronizzato</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Trouble reaching the server</source>
        <translation>Problemi di connessione al server</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Offline da {time}</translation>
    </message>
    <message>
        <source>Trouble reaching the server since {time}</source>
        <translation>Problemi di connessione al server da {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscita</numerusform>
            <numerusform>%n non riuscite</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}. Press {key} to see the queue.</source>
        <translation>{summary}. Premi {key} per vedere la coda.</translation>
    </message>
    <message>
        <source>Click or press {key} to see the queue of operations.</source>
        <translation>Fai clic o premi {key} per vedere la coda delle operazioni.</translation>
    </message>
</context>
<context>
    <name>ConsentsScreen</name>
    <message>
        <source>My consents</source>
        <translation>I miei consensi</translation>
    </message>
    <message>
        <source>Read each one. Tap its switch to give or withdraw your consent; you can change your mind at any time.</source>
        <translation>Li legga uno per uno. Tocchi l&apos;interruttore per dare o ritirare il consenso; può cambiare idea quando vuole.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Acconsento</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>Non acconsento</translation>
    </message>
    <message>
        <source>{consent}: I agree</source>
        <translation>{consent}: acconsento</translation>
    </message>
    <message>
        <source>{consent}: I do not agree</source>
        <translation>{consent}: non acconsento</translation>
    </message>
    <message>
        <source>Looking up your consents…</source>
        <translation>Cerco i suoi consensi…</translation>
    </message>
    <message>
        <source>This shop asks for no consents.</source>
        <translation>Questo negozio non chiede consensi.</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Salvo la sua scelta…</translation>
    </message>
    <message>
        <source>Saved: you agree to “{consent}”.</source>
        <translation>Salvato: ha dato il consenso a «{consent}».</translation>
    </message>
    <message>
        <source>Saved: your consent to “{consent}” is withdrawn.</source>
        <translation>Salvato: il suo consenso a «{consent}» è stato ritirato.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Change e-mail or mobile</source>
        <translation>Cambia e-mail o cellulare</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>Your new mobile number:</source>
        <translation>Il suo nuovo numero di cellulare:</translation>
    </message>
    <message>
        <source>Your new e-mail:</source>
        <translation>La sua nuova e-mail:</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Mi invii un codice</translation>
    </message>
    <message>
        <source>The code we sent you:</source>
        <translation>Il codice che Le abbiamo inviato:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Mobile on file now: {address}</source>
        <translation>Cellulare registrato ora: {address}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>E-mail on file now: {address}</source>
        <translation>E-mail registrata ora: {address}</translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to {address}. It works for %n minutes.</source>
        <translation>
            <numerusform>Abbiamo inviato un codice a {address}. Vale per %n minuto.</numerusform>
            <numerusform>Abbiamo inviato un codice a {address}. Vale per %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the new address first.</source>
        <translation>Prima scriva il nuovo indirizzo.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Invio il codice…</translation>
    </message>
    <message numerus="yes">
        <source>Send again (in %n s)</source>
        <translation>
            <numerusform>Invia di nuovo (tra %n s)</numerusform>
            <numerusform>Invia di nuovo (tra %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Invia di nuovo il codice</translation>
    </message>
    <message>
        <source>Type the code we sent you.</source>
        <translation>Scriva il codice che Le abbiamo inviato.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Controllo il codice…</translation>
    </message>
    <message>
        <source>Done: your mobile is now {address}. We told your old one about the change.</source>
        <translation>Fatto: ora il suo cellulare è {address}. Abbiamo avvisato il numero precedente della modifica.</translation>
    </message>
    <message>
        <source>Done: your e-mail is now {address}. We told your old one about the change.</source>
        <translation>Fatto: ora la sua e-mail è {address}. Abbiamo avvisato l&apos;indirizzo precedente della modifica.</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Demo mode on the built-in sandbox. Try card {card}.</source>
        <translation>Modalità demo sulla sandbox integrata. Prova la carta {card}.</translation>
    </message>
    <message>
        <source>to change the settings</source>
        <extracomment>From the embedded sandbox&apos;s thread: that Backend serves now (True), or could not start (False).</extracomment>
        <translation>per modificare le impostazioni</translation>
    </message>
</context>
<context>
    <name>CounterSession</name>
    <message>
        <source>The PIN of card {card} was changed.</source>
        <translation>Il PIN della carta {card} è stato cambiato.</translation>
    </message>
    <message>
        <source>Card {card} has a new PIN.</source>
        <translation>La carta {card} ha un nuovo PIN.</translation>
    </message>
    <message>
        <source>Voucher {code} used against receipt {receipt}.</source>
        <translation>Buono {code} usato sullo scontrino {receipt}.</translation>
    </message>
    <message>
        <source>Applying the new settings…</source>
        <translation>Applicazione delle nuove impostazioni…</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Ready: scan a card, or type a card number, e-mail or phone and press Enter.</source>
        <extracomment>The message line with nobody on screen (English; the window says it translated).</extracomment>
        <translation>Pronto: scansiona una carta, oppure digita numero di carta, e-mail o telefono e premi Invio.</translation>
    </message>
    <message>
        <source>Kiosk — loyalty counter</source>
        <translation>Kiosk — cassa fedeltà</translation>
    </message>
    <message>
        <source>Scan a card, or type a card number, e-mail or phone, then Enter</source>
        <translation>Scansiona una carta, o digita numero di carta, e-mail o telefono, poi Invio</translation>
    </message>
    <message>
        <source>Ready for the next customer.

Scan their card, or type a card number, e-mail or phone.</source>
        <translation>Pronto per il prossimo cliente.

Scansiona la sua carta, o digita numero di carta, e-mail o telefono.</translation>
    </message>
    <message>
        <source>Search (F2)</source>
        <translation>Cerca (F2)</translation>
    </message>
    <message>
        <source>Purchase (F3)</source>
        <translation>Acquisto (F3)</translation>
    </message>
    <message>
        <source>Refund (F4)</source>
        <translation>Rimborso (F4)</translation>
    </message>
    <message>
        <source>Top up (F5)</source>
        <translation>Ricarica (F5)</translation>
    </message>
    <message>
        <source>Card codes (F6)</source>
        <translation>Codici carta (F6)</translation>
    </message>
    <message>
        <source>Redeem (F11)</source>
        <translation>Riscatta (F11)</translation>
    </message>
    <message>
        <source>Customer PIN (F12)</source>
        <translation>PIN cliente (F12)</translation>
    </message>
    <message>
        <source>Lost card (Ctrl+L)</source>
        <translation>Carta persa (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete account (Ctrl+Shift+D)</source>
        <translation>Elimina account (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Voucher (Ctrl+U)</source>
        <translation>Buono (Ctrl+U)</translation>
    </message>
    <message>
        <source>Enrol customer (F7)</source>
        <translation>Iscrivi cliente (F7)</translation>
    </message>
    <message>
        <source>New card (F8)</source>
        <translation>Nuova carta (F8)</translation>
    </message>
    <message>
        <source>Queue (F9)</source>
        <translation>Coda (F9)</translation>
    </message>
    <message>
        <source>Settings (F10)</source>
        <translation>Impostazioni (F10)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Pulisci (Esc)</translation>
    </message>
    <message>
        <source>Search (F2):</source>
        <translation>Cerca (F2):</translation>
    </message>
    <message>
        <source>Looking up {what}…</source>
        <translation>Ricerca di {what}…</translation>
    </message>
    <message>
        <source>This card cannot be used: scan the customer&apos;s new card {card}.</source>
        <translation>Questa carta non si può usare: scansiona la nuova carta del cliente {card}.</translation>
    </message>
    <message>
        <source>This card cannot be used: ask for the customer&apos;s other card, or issue a new one (F8).</source>
        <translation>Questa carta non si può usare: chiedi al cliente l&apos;altra carta, o emettine una nuova (F8).</translation>
    </message>
    <message>
        <source>Card {card}: F3 purchase, F5 top up, F11 redeem, Esc when done.</source>
        <translation>Carta {card}: F3 acquisto, F5 ricarica, F11 riscatto, Esc per finire.</translation>
    </message>
    <message>
        <source>Several cards match: choose the customer&apos;s card.</source>
        <translation>Corrispondono più carte: scegli quella del cliente.</translation>
    </message>
    <message>
        <source>Several cards match: choose the customer&apos;s card. {freshness}</source>
        <translation>Corrispondono più carte: scegli quella del cliente. {freshness}</translation>
    </message>
    <message>
        <source>No customer found: enrol them (F7) or issue a new card (F8).</source>
        <translation>Nessun cliente trovato: iscrivilo (F7) o emetti una nuova carta (F8).</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is damaged: this till cannot take customers.</source>
        <translation>Il database del terminale è danneggiato: questa cassa non può servire clienti.</translation>
    </message>
    <message>
        <source>New card {card} issued: give it to the customer. They can enrol with it later.</source>
        <translation>Nuova carta {card} emessa: consegnala al cliente. Potrà iscriversi più tardi.</translation>
    </message>
    <message>
        <source>The customer was cleared from the screen after a while without use. {ready}</source>
        <translation>I dati del cliente sono stati tolti dallo schermo per inattività. {ready}</translation>
    </message>
    <message>
        <source>Choose the movement to refund with the arrow keys, then press F4 again.</source>
        <translation>Scegli con le frecce il movimento da rimborsare, poi premi di nuovo F4.</translation>
    </message>
    <message>
        <source>The account of card {card} is deleted: its personal data is wiped, the card blocked, and this till has forgotten the customer.</source>
        <translation>L&apos;account della carta {card} è stato eliminato: dati personali cancellati, carta bloccata, e questa cassa ha dimenticato il cliente.</translation>
    </message>
    <message>
        <source>Asking the loyalty server for a new card…</source>
        <translation>Richiesta di una nuova carta al server fedeltà…</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Choose how you sign in</source>
        <translation>Scelga come accedere</translation>
    </message>
    <message>
        <source>Send me a code (Enter)</source>
        <translation>Invia un codice (Invio)</translation>
    </message>
    <message>
        <source>name@example.com or 333 123 4567</source>
        <translation>nome@example.com o 333 123 4567</translation>
    </message>
    <message>
        <source>Your e-mail or mobile number (we send a code there):</source>
        <translation>E-mail o cellulare (le invieremo lì un codice):</translation>
    </message>
    <message>
        <source>Choose a password:</source>
        <translation>Scelga una password:</translation>
    </message>
    <message>
        <source>Type the password again:</source>
        <translation>Digiti di nuovo la password:</translation>
    </message>
    <message>
        <source>Only you know it: it is shown as dots.</source>
        <translation>La conosce solo lei: sullo schermo appare come puntini.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>La password deve avere almeno %n carattere, con una lettera e una cifra.</numerusform>
            <numerusform>La password deve avere almeno %n caratteri, con una lettera e una cifra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter.</source>
        <translation>
            <numerusform>La password deve avere almeno %n carattere, con una lettera.</numerusform>
            <numerusform>La password deve avere almeno %n caratteri, con una lettera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a digit.</source>
        <translation>
            <numerusform>La password deve avere almeno %n carattere, con una cifra.</numerusform>
            <numerusform>La password deve avere almeno %n caratteri, con una cifra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>La password deve avere almeno %n carattere.</numerusform>
            <numerusform>La password deve avere almeno %n caratteri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Purchase</source>
        <extracomment>The English names (translated where shown: operation_name()).</extracomment>
        <translation>Acquisto</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Punti riscattati</translation>
    </message>
    <message>
        <source>Credit spent</source>
        <translation>Credito speso</translation>
    </message>
    <message>
        <source>Credit top-up</source>
        <translation>Ricarica credito</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Points to voucher</source>
        <translation>Punti in buono</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Scontrino</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Live from the loyalty server, at an unknown time.</source>
        <translation>Dati dal server fedeltà, ora sconosciuta.</translation>
    </message>
    <message>
        <source>From this terminal, at an unknown time: checking with the loyalty server…</source>
        <translation>Dati di questo terminale, ora sconosciuta: verifica con il server fedeltà…</translation>
    </message>
    <message>
        <source>From this terminal, at an unknown time: the loyalty server cannot be reached.</source>
        <translation>Dati di questo terminale, ora sconosciuta: il server fedeltà non è raggiungibile.</translation>
    </message>
    <message>
        <source>Live from the loyalty server, {time} ({age}).</source>
        <translation>Dati dal server fedeltà, {time} ({age}).</translation>
    </message>
    <message>
        <source>From this terminal, as of {time} ({age}): checking with the loyalty server…</source>
        <translation>Dati di questo terminale delle {time} ({age}): verifica con il server fedeltà…</translation>
    </message>
    <message>
        <source>From this terminal, as of {time} ({age}): the loyalty server cannot be reached.</source>
        <translation>Dati di questo terminale delle {time} ({age}): il server fedeltà non è raggiungibile.</translation>
    </message>
    <message>
        <source>({change} pending sync)</source>
        <translation>({change} da sincronizzare)</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ATTIVA</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>BLOCCATA</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>SOSTITUITA</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>SCONOSCIUTA</translation>
    </message>
    <message>
        <source>Anonymous card (customer not registered)</source>
        <translation>Carta anonima (cliente non registrato)</translation>
    </message>
    <message>
        <source>Name not kept on this terminal (shown when the loyalty server answers)</source>
        <translation>Nome non salvato su questo terminale (appare quando risponde il server fedeltà)</translation>
    </message>
    <message>
        <source>Registered customer (no name given)</source>
        <translation>Cliente registrato (nome non indicato)</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Carta {card}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>{status} — {reason}</source>
        <translation>{status} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} punto</numerusform>
            <numerusform>{points} punti</numerusform>
        </translation>
    </message>
    <message>
        <source>Last movements: loading…</source>
        <translation>Ultimi movimenti: caricamento…</translation>
    </message>
    <message>
        <source>Last movements (select one and press F4 to refund it):</source>
        <translation>Ultimi movimenti (selezionane uno e premi F4 per rimborsarlo):</translation>
    </message>
    <message>
        <source>Last movements: none yet.</source>
        <translation>Ultimi movimenti: ancora nessuno.</translation>
    </message>
    <message>
        <source>Last movements, from this terminal: none kept here.</source>
        <translation>Ultimi movimenti, da questo terminale: nessuno salvato qui.</translation>
    </message>
    <message>
        <source>Last movements, from this terminal as of {time} (select one and press F4 to refund it):</source>
        <translation>Ultimi movimenti, da questo terminale alle {time} (selezionane uno e premi F4 per rimborsarlo):</translation>
    </message>
    <message>
        <source>Last movements, from this terminal (select one and press F4 to refund it):</source>
        <translation>Ultimi movimenti, da questo terminale (selezionane uno e premi F4 per rimborsarlo):</translation>
    </message>
    <message>
        <source>approved offline by a manager, pending sync</source>
        <translation>approvato offline da un responsabile, da sincronizzare</translation>
    </message>
    <message>
        <source>saved here, pending sync</source>
        <translation>salvato qui, da sincronizzare</translation>
    </message>
    <message>
        <source>FAILED: {reason}</source>
        <translation>NON RIUSCITO: {reason}</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>rifiutato dal server</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>rimborsato</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>sincronizzato</translation>
    </message>
    <message>
        <source>of {receipt}</source>
        <translation>di {receipt}</translation>
    </message>
    <message numerus="yes">
        <source>%n active voucher(s)</source>
        <translation>
            <numerusform>%n buono attivo</numerusform>
            <numerusform>%n buoni attivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) running</source>
        <translation>
            <numerusform>%n offerta in corso</numerusform>
            <numerusform>%n offerte in corso</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>next to expire: {title} ({worth} off), on {date}</source>
        <translation>il prossimo a scadere: {title} ({worth} di sconto), il {date}</translation>
    </message>
    <message>
        <source>next: {title} ({worth} off)</source>
        <translation>il prossimo: {title} ({worth} di sconto)</translation>
    </message>
</context>
<context>
    <name>CustomerPinDialog</name>
    <message>
        <source>Send the code (Enter)</source>
        <translation>Invia il codice (Invio)</translation>
    </message>
    <message>
        <source>A one-time code goes to the e-mail or phone the customer gave the loyalty program; with it they choose a new PIN. This also unlocks a locked PIN.</source>
        <translation>Un codice monouso arriva all&apos;e-mail o al telefono che il cliente ha dato al programma fedeltà; con quel codice sceglie un nuovo PIN. Così si sblocca anche un PIN bloccato.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Reset it with a code</source>
        <translation>PIN dimenticato? Reimpostalo con un codice</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Invia un nuovo codice</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <source>Reset the customer&apos;s PIN</source>
        <translation>Reimposta il PIN del cliente</translation>
    </message>
    <message>
        <source>Change the customer&apos;s PIN</source>
        <translation>Cambia il PIN del cliente</translation>
    </message>
    <message>
        <source>{title} — card {card}</source>
        <translation>{title} — carta {card}</translation>
    </message>
    <message>
        <source>Send the customer a one-time code.</source>
        <translation>Invia al cliente un codice monouso.</translation>
    </message>
    <message>
        <source>The two new PINs are different: type the new PIN again.</source>
        <translation>I due nuovi PIN non coincidono: digita di nuovo il nuovo PIN.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Invio del codice…</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to {address}; it works for %n minutes.</source>
        <translation>
            <numerusform>Codice inviato a {address}; vale per %n minuto.</numerusform>
            <numerusform>Codice inviato a {address}; vale per %n minuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to the customer; it works for %n minutes.</source>
        <translation>
            <numerusform>Codice inviato al cliente; vale per %n minuto.</numerusform>
            <numerusform>Codice inviato al cliente; vale per %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: type your current PIN.</source>
        <translation>Cliente: digiti il suo PIN attuale.</translation>
    </message>
    <message>
        <source>Customer: type your new PIN.</source>
        <translation>Cliente: digiti il nuovo PIN.</translation>
    </message>
    <message>
        <source>Customer: type the new PIN again.</source>
        <translation>Cliente: digiti ancora una volta il nuovo PIN.</translation>
    </message>
    <message>
        <source>Type the code the customer received.</source>
        <translation>Digita il codice ricevuto dal cliente.</translation>
    </message>
</context>
<context>
    <name>DataForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>{field}: choose on a calendar</source>
        <translation>{field}: scegli sul calendario</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-05-31.</source>
        <translation>Anno-mese-giorno, per esempio 1990-05-31.</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-05-31, or tap Calendar.</source>
        <translation>Anno-mese-giorno, per esempio 1990-05-31, oppure tocchi Calendario.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>I campi con * sono obbligatori.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Acconsento</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>Non acconsento</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{field}, required</source>
        <translation>{field}, obbligatorio</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>I suoi consensi</translation>
    </message>
    <message>
        <source>Read each one and choose: you decide, nothing is ticked for you.</source>
        <translation>Li legga uno per uno e scelga: decide lei, niente è già spuntato.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>About you</source>
        <translation>I suoi dati</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Salva (Invio)</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Kiosk counter</source>
        <extracomment>The menu entry of the cashier&apos;s app, as the desktop&apos;s menu lists it (&quot;Kiosk&quot; is the app&apos;s name).</extracomment>
        <translation>Kiosk cassa</translation>
    </message>
    <message>
        <source>Loyalty counter</source>
        <extracomment>What the counter is, shown by some menus under or beside its name.</extracomment>
        <translation>Cassa fedeltà</translation>
    </message>
    <message>
        <source>Look up loyalty cards, record purchases, redeem points and credit</source>
        <extracomment>The counter&apos;s menu entry&apos;s tooltip.</extracomment>
        <translation>Cerca le carte fedeltà, registra gli acquisti, riscatta punti e credito</translation>
    </message>
    <message>
        <source>loyalty;card;points;shop;till;</source>
        <extracomment>Words a menu&apos;s search finds the counter by: separate them with &quot;;&quot; and end with &quot;;&quot; (no &quot;;&quot; inside a word).</extracomment>
        <translation>fedeltà;carta;punti;negozio;cassa;</translation>
    </message>
    <message>
        <source>Kiosk self-service</source>
        <extracomment>The menu entry of the customers&apos; self-service kiosk, as the desktop&apos;s menu lists it (&quot;Kiosk&quot; is the app&apos;s name).</extracomment>
        <translation>Kiosk self-service</translation>
    </message>
    <message>
        <source>Loyalty self-service kiosk</source>
        <extracomment>What the self-service kiosk is, shown by some menus under or beside its name.</extracomment>
        <translation>Chiosco fedeltà self-service</translation>
    </message>
    <message>
        <source>The customers&apos; own screen: their card, points, prizes and vouchers, full screen</source>
        <extracomment>The self-service kiosk&apos;s menu entry&apos;s tooltip.</extracomment>
        <translation>Lo schermo dei clienti: la loro carta, i punti, i premi e i buoni, a tutto schermo</translation>
    </message>
    <message>
        <source>loyalty;kiosk;self-service;touch;</source>
        <extracomment>Words a menu&apos;s search finds the self-service kiosk by: separate them with &quot;;&quot; and end with &quot;;&quot; (no &quot;;&quot; inside a word).</extracomment>
        <translation>fedeltà;chiosco;self-service;touch;</translation>
    </message>
    <message>
        <source>A desktop shortcut for the counter</source>
        <extracomment>The Windows installer&apos;s check box that adds a shortcut to the counter on the desktop.</extracomment>
        <translation>Un collegamento alla cassa sul desktop</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your account has no password: you sign in with your card and PIN. To add one, tap Join on the welcome screen and give this card&apos;s number.</source>
        <extracomment>Said to a customer who has no password (card and PIN only), instead of &quot;Change password&quot;.</extracomment>
        <translation>Il suo account non ha una password: accede con la carta e il PIN. Per aggiungerne una, tocchi Iscriviti nella schermata iniziale e indichi il numero di questa carta.</translation>
    </message>
    <message>
        <source>My details</source>
        <extracomment>The profile&apos;s addresses: changed only with a code sent to the new one, never typed into the form.</extracomment>
        <translation>I miei dati</translation>
    </message>
    <message>
        <source>Tap a field to change it, then tap Save. Slide the form up to see more.</source>
        <translation>Tocchi un campo per modificarlo, poi tocchi Salva. Scorra il modulo verso l&apos;alto per vedere il resto.</translation>
    </message>
    <message>
        <source>Change e-mail or mobile</source>
        <translation>Cambia e-mail o cellulare</translation>
    </message>
    <message>
        <source>My consents</source>
        <translation>I miei consensi</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Looking up your details…</source>
        <translation>Cerco i suoi dati…</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>Cancella {field}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>E-mail: {email}
Mobile: {mobile}</source>
        <translation>E-mail: {email}
Cellulare: {mobile}</translation>
    </message>
    <message>
        <source>Something is missing or not right: see the words under the field.</source>
        <translation>Manca qualcosa o qualcosa non va: legga il messaggio sotto il campo.</translation>
    </message>
    <message>
        <source>Nothing to save: your details are as they were.</source>
        <translation>Niente da salvare: i suoi dati sono come prima.</translation>
    </message>
    <message>
        <source>Saving your details…</source>
        <translation>Salvo i suoi dati…</translation>
    </message>
    <message>
        <source>Saved. Your details are up to date.</source>
        <translation>Salvato. I suoi dati sono aggiornati.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Welcome!</source>
        <translation>Le diamo il benvenuto!</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Fatto (Invio)</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to keep the card with you, or show this code at every purchase.</source>
        <translation>Inquadri il codice QR con il telefono per avere sempre con sé la carta, oppure mostri questo codice a ogni acquisto.</translation>
    </message>
    <message>
        <source>Print my card</source>
        <translation>Stampi la mia carta</translation>
    </message>
    <message>
        <source>Print the card (Ctrl+R)</source>
        <translation>Stampa la carta (Ctrl+R)</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Le diamo il benvenuto, {name}!</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Enrol a customer</source>
        <translation>Iscrivi un cliente</translation>
    </message>
    <message>
        <source>Change the address (Alt+B)</source>
        <translation>Cambia indirizzo (Alt+B)</translation>
    </message>
    <message>
        <source>Start again (Alt+N)</source>
        <translation>Ricomincia (Alt+N)</translation>
    </message>
    <message>
        <source>Try again (Alt+T)</source>
        <translation>Riprova (Alt+T)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Avanti (Invio)</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Cambia l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Looking for an unfinished enrolment…</source>
        <translation>Cerco un&apos;iscrizione rimasta a metà…</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Inviami un codice</translation>
    </message>
    <message>
        <source>Send me the code</source>
        <translation>Inviami il codice</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Verifica il codice</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the PIN</source>
        <translation>Salva il PIN</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
</context>
<context>
    <name>EraseAccountDialog</name>
    <message>
        <source>Delete the customer&apos;s account</source>
        <translation>Elimina l&apos;account del cliente</translation>
    </message>
    <message>
        <source>Card {card}: at the customer&apos;s request, their loyalty account is deleted for good. Their personal data is wiped, the card is blocked, their points and vouchers are lost; the movements are kept without anything that names them.</source>
        <translation>Carta {card}: su richiesta del cliente, il suo account fedeltà viene eliminato per sempre. I dati personali vengono cancellati, la carta bloccata, punti e buoni vanno persi; i movimenti restano, senza nulla che identifichi il cliente.</translation>
    </message>
    <message>
        <source>It cannot be undone.</source>
        <translation>Non si può annullare.</translation>
    </message>
    <message>
        <source>Turn the PIN pad to the customer. Customer: type your PIN to delete your account.</source>
        <translation>Gira il tastierino verso il cliente. Cliente: digiti il suo PIN per eliminare il suo account.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <source>Deleting the account…</source>
        <translation>Eliminazione dell&apos;account in corso…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN: nothing was deleted. %n tries left before it locks.</source>
        <translation>
            <numerusform>PIN errato: non è stato eliminato nulla. Resta %n tentativo prima del blocco.</numerusform>
            <numerusform>PIN errato: non è stato eliminato nulla. Restano %n tentativi prima del blocco.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: nothing was deleted. Reset it first (F12, then “Forgot the PIN?”).</source>
        <translation>Il PIN è bloccato dopo troppi tentativi errati: non è stato eliminato nulla. Prima reimpostalo (F12, poi «PIN dimenticato?»).</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: nothing was deleted. Try again later.</source>
        <translation>Il server fedeltà ora non è raggiungibile: non è stato eliminato nulla. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Nothing was deleted: {why}</source>
        <translation>Non è stato eliminato nulla: {why}</translation>
    </message>
</context>
<context>
    <name>EraseScreen</name>
    <message>
        <source>Your account is deleted</source>
        <extracomment>The goodbye finishes by itself (back to the attract screen) after this long.</extracomment>
        <translation>Il suo account è stato eliminato</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Elimina il mio account</translation>
    </message>
    <message>
        <source>Deleting your loyalty account means:</source>
        <translation>Eliminare il suo account fedeltà significa:</translation>
    </message>
    <message>
        <source>Your personal data (name, contacts, consents) is wiped.</source>
        <translation>I suoi dati personali (nome, contatti, consensi) vengono cancellati.</translation>
    </message>
    <message>
        <source>Your card is blocked for good.</source>
        <translation>La sua carta viene bloccata per sempre.</translation>
    </message>
    <message>
        <source>Your points and vouchers are lost.</source>
        <translation>Perde i suoi punti e i suoi buoni.</translation>
    </message>
    <message>
        <source>Your past purchases are kept for the shop&apos;s accounts, with nothing that names you.</source>
        <translation>I suoi acquisti passati restano nella contabilità del negozio, senza nulla che la identifichi.</translation>
    </message>
    <message>
        <source>It cannot be undone.</source>
        <translation>Non si può annullare.</translation>
    </message>
    <message>
        <source>Your personal data is wiped and your card is blocked. This kiosk has forgotten you too.

Thank you for having been with us. Goodbye!</source>
        <translation>I suoi dati personali sono stati cancellati e la sua carta è bloccata. Anche questo chiosco l&apos;ha dimenticata.

Grazie per averci scelto. Arrivederci!</translation>
    </message>
    <message>
        <source>Type your PIN to delete your account for good.</source>
        <translation>Digiti il PIN per eliminare il suo account per sempre.</translation>
    </message>
    <message>
        <source>Delete my account: the PIN confirms it next</source>
        <translation>Elimina il mio account: poi il PIN lo conferma</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>Eliminazione dell&apos;account in corso…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>PIN errato. Le resta %n tentativo prima del blocco.</numerusform>
            <numerusform>PIN errato. Le restano %n tentativi prima del blocco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Type it again.</source>
        <translation>PIN errato. Lo digiti di nuovo.</translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries: your account was not deleted. Go back to your card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code.</source>
        <translation>Il suo PIN è bloccato dopo troppi tentativi errati: l&apos;account non è stato eliminato. Torni alla sua carta e scelga «Cambia il mio PIN», poi «PIN dimenticato?» per reimpostarlo con un codice.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: your account was not deleted. Try again later.</source>
        <translation>Il server fedeltà ora non è raggiungibile: l&apos;account non è stato eliminato. Riprovi più tardi.</translation>
    </message>
    <message>
        <source>Your account was not deleted: {why}</source>
        <translation>L&apos;account non è stato eliminato: {why}</translation>
    </message>
</context>
<context>
    <name>FindScreen</name>
    <message>
        <source>Scan your card</source>
        <extracomment>The pause between the PIN&apos;s last digit and signing in: a scanner typing on goes on within it.</extracomment>
        <translation>Scansioni la sua carta</translation>
    </message>
    <message>
        <source>Or type your card number, e-mail or phone.</source>
        <translation>Oppure digiti il numero della carta, l&apos;e-mail o il cellulare.</translation>
    </message>
    <message>
        <source>Card number, e-mail or phone</source>
        <translation>Numero carta, e-mail o cellulare</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Continue: find my card</source>
        <translation>Continua: trova la mia carta</translation>
    </message>
    <message>
        <source>Looking for your card…</source>
        <translation>Cerchiamo la sua carta…</translation>
    </message>
    <message>
        <source>Scan your card, or type its number, your e-mail or your phone.</source>
        <translation>Scansioni la carta, oppure digiti il numero della carta, la sua e-mail o il suo cellulare.</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join</source>
        <translation>Iscriviti</translation>
    </message>
</context>
<context>
    <name>KeptCardScreen</name>
    <message>
        <source>Your card</source>
        <translation>La sua carta</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now. You can still show your card&apos;s codes here and see the last balance this kiosk knows. Signing in with your PIN, redeeming and joining must wait until the connection is back.</source>
        <translation>Il server fedeltà non è raggiungibile in questo momento. Qui può comunque mostrare i codici della sua carta e vedere l&apos;ultimo saldo noto a questo chiosco. Per accedere con il PIN, riscattare e iscriversi occorre attendere che la connessione torni.</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} punto</numerusform>
            <numerusform>{points} punti</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} · credit {money}</source>
        <translation>{points} · credito {money}</translation>
    </message>
    <message>
        <source>The last balance this kiosk knows; it may have changed since.</source>
        <translation>L&apos;ultimo saldo noto a questo chiosco; nel frattempo potrebbe essere cambiato.</translation>
    </message>
    <message>
        <source>Balance as of a moment ago.</source>
        <translation>Saldo aggiornato a poco fa.</translation>
    </message>
    <message numerus="yes">
        <source>Balance as of %n minute(s) ago; it may have changed since.</source>
        <translation>
            <numerusform>Saldo di %n minuto fa; nel frattempo potrebbe essere cambiato.</numerusform>
            <numerusform>Saldo di %n minuti fa; nel frattempo potrebbe essere cambiato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance as of {moment}; it may have changed since.</source>
        <translation>Saldo aggiornato a {moment}; nel frattempo potrebbe essere cambiato.</translation>
    </message>
</context>
<context>
    <name>KioskCardCodes</name>
    <message>
        <source>Card {card}</source>
        <translation>Carta {card}</translation>
    </message>
</context>
<context>
    <name>KioskFace</name>
    <message>
        <source>⚠ Offline: scan your card to see its codes and last balance. Signing in, redeeming and joining need the connection and come back by themselves.</source>
        <translation>⚠ Non in linea: scansioni la sua carta per vederne i codici e l&apos;ultimo saldo. Accesso, riscatto e iscrizione richiedono la connessione e tornano da soli.</translation>
    </message>
    <message numerus="yes">
        <source>Messages (%n new)</source>
        <translation>
            <numerusform>Messaggi (%n nuovo)</numerusform>
            <numerusform>Messaggi (%n nuovi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>Back</source>
        <extracomment>Before the words of a problem: a sign as well as the colour, never the colour alone. A label with this property set to True shows the customer&apos;s data: a wipe empties it. What a switched-on toggle shows beside its words: its state is never told by colour alone.</extracomment>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Done, sign out</source>
        <translation>Fine, esci</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Loyalty kiosk</source>
        <extracomment>A line edit with this property set to True is typed into by its own means (no on-screen keyboard).</extracomment>
        <translation>Chiosco fedeltà</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Testo grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contrasto</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Already registered</source>
        <translation>Cliente già iscritto</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>Chiudi (Invio)</translation>
    </message>
    <message>
        <source>There is nothing to enrol: they keep using their card. Press Enter to close this window; the counter then shows their card.</source>
        <translation>Non c&apos;è nulla da iscrivere: il cliente continua a usare la sua carta. Premi Invio per chiudere questa finestra; poi la cassa mostra la sua carta.</translation>
    </message>
    <message>
        <source>You are already registered: there is nothing to join. Keep using your card; to see it here, go back and choose &quot;I have a card&quot;.</source>
        <translation>Lei è già iscritto: non c&apos;è nulla da fare qui. Continui a usare la sua carta; per vederla qui, torni indietro e scelga &quot;Ho una carta&quot;.</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Manager PIN</source>
        <translation>PIN del responsabile</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Ripetilo:</translation>
    </message>
    <message>
        <source>OK (Enter)</source>
        <translation>OK (Invio)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <source>No manager PIN is set yet. Choose one now: {low} to {high} digits, typed twice. Staff will need it to discard operations and change settings.</source>
        <translation>Non c&apos;è ancora un PIN del responsabile. Sceglilo ora: da {low} a {high} cifre, digitate due volte. Servirà al personale per scartare operazioni e cambiare le impostazioni.</translation>
    </message>
    <message>
        <source>New manager PIN:</source>
        <translation>Nuovo PIN del responsabile:</translation>
    </message>
    <message>
        <source>Type the manager PIN {reason}.</source>
        <translation>Digita il PIN del responsabile {reason}.</translation>
    </message>
    <message>
        <source>This needs the manager: type the manager PIN.</source>
        <translation>Serve il responsabile: digita il PIN del responsabile.</translation>
    </message>
    <message>
        <source>Manager PIN:</source>
        <translation>PIN del responsabile:</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong manager PINs: try again in %n seconds.</source>
        <translation>
            <numerusform>Troppi tentativi errati con il PIN del responsabile: riprova tra %n secondo.</numerusform>
            <numerusform>Troppi tentativi errati con il PIN del responsabile: riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>PIN del responsabile errato.</translation>
    </message>
    <message>
        <source>The manager PIN could not be saved; the log has the details.</source>
        <translation>Non è stato possibile salvare il PIN del responsabile; i dettagli sono nel registro.</translation>
    </message>
    <message>
        <source>The manager PIN could not be checked; the log has the details.</source>
        <translation>Non è stato possibile verificare il PIN del responsabile; i dettagli sono nel registro.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type it again in the second field.</source>
        <translation>I due PIN non coincidono: digitalo di nuovo nel secondo campo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message numerus="yes">
        <source>%n cards match. Choose one: arrows and Enter, or its number (1–{last}).</source>
        <translation>
            <numerusform>%n carta corrisponde. Sceglila con le frecce e Invio, o con il suo numero (1–{last}).</numerusform>
            <numerusform>%n carte corrispondono. Scegline una con le frecce e Invio, o con il suo numero (1–{last}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}  ·  card {card}  ·  {points} points</source>
        <translation>
            <numerusform>{name}  ·  carta {card}  ·  {points} punto</numerusform>
            <numerusform>{name}  ·  carta {card}  ·  {points} punti</numerusform>
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
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Prizes</source>
        <extracomment>The tiles in their order: the face&apos;s name of the screen, the words on the tile (context &quot;MoreScreen&quot;). One line per screen, its words marked for lupdate; the face answers `chosen` with the screen named here.</extracomment>
        <translation>Premi</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Gioca</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Novità</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Negozi</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>I miei dati</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Elimina il mio account</translation>
    </message>
    <message>
        <source>More for you</source>
        <translation>Altro per Lei</translation>
    </message>
</context>
<context>
    <name>MyCardScreen</name>
    <message>
        <source>Change my PIN</source>
        <translation>Cambia il mio PIN</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Offers for you</source>
        <translation>Offerte per Lei</translation>
    </message>
    <message>
        <source>My vouchers</source>
        <translation>I miei buoni</translation>
    </message>
    <message>
        <source>More for you</source>
        <translation>Altro per Lei</translation>
    </message>
    <message>
        <source>More for you: prizes, games, news, shops, my details</source>
        <translation>Altro per Lei: premi, giochi, notizie, negozi, i miei dati</translation>
    </message>
    <message>
        <source>Your last movements</source>
        <translation>I suoi ultimi movimenti</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>Ancora nessun movimento.</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Buongiorno, {name}</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>La sua carta</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} punto</numerusform>
            <numerusform>{points} punti</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth {money} when you redeem them</source>
        <translation>Valgono {money} se li riscatta</translation>
    </message>
    <message>
        <source>Credit: {money}</source>
        <translation>Credito: {money}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>{when}, {what}: points {points}, credit {credit}</source>
        <translation>{when}, {what}: punti {points}, credito {credit}</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>Messages</source>
        <extracomment>Before the word &quot;New&quot; on an item not yet read: a sign as well as the bold, never the look alone.</extracomment>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Messages for you, newest first. Tap “Read” to open one.</source>
        <translation>I messaggi per Lei, dal più recente. Tocchi “Legga” per aprirne uno.</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Novità</translation>
    </message>
    <message>
        <source>News from the shop, newest first. Tap “Read” to open one.</source>
        <translation>Le novità del negozio, dalla più recente. Tocchi “Legga” per aprirne una.</translation>
    </message>
    <message>
        <source>Looking for your messages…</source>
        <translation>Cerco i suoi messaggi…</translation>
    </message>
    <message>
        <source>Looking for the news…</source>
        <translation>Cerco le novità…</translation>
    </message>
    <message>
        <source>You have no messages.</source>
        <translation>Non ha messaggi.</translation>
    </message>
    <message>
        <source>There is no news right now.</source>
        <translation>Per ora non ci sono novità.</translation>
    </message>
    <message>
        <source>{sign} New</source>
        <translation>{sign} Nuovo</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Legga</translation>
    </message>
    <message>
        <source>Read: {title}</source>
        <translation>Legga: {title}</translation>
    </message>
    <message>
        <source>New: {title}</source>
        <translation>Nuovo: {title}</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>Ricevuto il {date}</translation>
    </message>
    <message>
        <source>Published on {date}</source>
        <translation>Pubblicato il {date}</translation>
    </message>
</context>
<context>
    <name>NotFoundPanel</name>
    <message>
        <source>Is the customer new? Enrol them, or give them a new card now and enrol later.</source>
        <translation>È un cliente nuovo? Iscrivilo subito, oppure dagli ora una carta nuova e iscrivilo più tardi.</translation>
    </message>
    <message>
        <source>Enrol customer (F7)</source>
        <translation>Iscrivi cliente (F7)</translation>
    </message>
    <message>
        <source>Issue new card (F8)</source>
        <translation>Nuova carta (F8)</translation>
    </message>
    <message>
        <source>No customer found for “{text}”. {message}</source>
        <translation>Nessun cliente trovato per «{text}». {message}</translation>
    </message>
</context>
<context>
    <name>OffersScreen</name>
    <message>
        <source>Offers for you</source>
        <translation>Offerte per Lei</translation>
    </message>
    <message>
        <source>What the shop offers you now. Slide the list up to see more.</source>
        <translation>Ecco cosa Le offre il negozio adesso. Scorra l&apos;elenco verso l&apos;alto per vederne altre.</translation>
    </message>
    <message>
        <source>Looking for your offers…</source>
        <translation>Cerchiamo le Sue offerte…</translation>
    </message>
    <message>
        <source>There are no offers for you right now. Come back soon!</source>
        <translation>Al momento non ci sono offerte per Lei. Torni presto!</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Condizioni: {terms}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Valida fino al {date}</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Senza scadenza</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Tastiera su schermo</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maiuscolo</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translation>Numeri e simboli</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Nascondi tastiera</translation>
    </message>
</context>
<context>
    <name>PasswordScreen</name>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Your current password:</source>
        <translation>La password attuale:</translation>
    </message>
    <message>
        <source>Your new password:</source>
        <translation>La nuova password:</translation>
    </message>
    <message>
        <source>The new password again:</source>
        <translation>Di nuovo la nuova password:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>Almeno %n carattere, con una lettera e una cifra.</numerusform>
            <numerusform>Almeno %n caratteri, con una lettera e una cifra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Almeno %n carattere.</numerusform>
            <numerusform>Almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Prima scriva la password attuale.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Cambio la password…</translation>
    </message>
    <message>
        <source>Done: your password is changed. Use the new one from now on.</source>
        <translation>Fatto: la password è cambiata. D&apos;ora in poi usi quella nuova.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Never use your bank card&apos;s PIN here.</source>
        <translation>Non usi mai qui il PIN del bancomat o della carta di credito.</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>Tastierino del PIN</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Cifra {digit}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Cancella il PIN</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Cancella l&apos;ultima cifra</translation>
    </message>
    <message>
        <source>PIN: {typed} {of_length} digits typed</source>
        <translation>PIN: cifre digitate, {typed} {of_length}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>one</source>
        <translation>una</translation>
    </message>
    <message>
        <source>two</source>
        <translation>due</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tre</translation>
    </message>
    <message>
        <source>four</source>
        <translation>quattro</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinque</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sei</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sette</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>otto</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>nove</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>dieci</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>undici</translation>
    </message>
    <message>
        <source>twelve</source>
        <translation>dodici</translation>
    </message>
    <message>
        <source>of three</source>
        <translation>su tre</translation>
    </message>
    <message>
        <source>of four</source>
        <translation>su quattro</translation>
    </message>
    <message>
        <source>of five</source>
        <translation>su cinque</translation>
    </message>
    <message>
        <source>of six</source>
        <translation>su sei</translation>
    </message>
    <message>
        <source>of seven</source>
        <translation>su sette</translation>
    </message>
    <message>
        <source>of eight</source>
        <translation>su otto</translation>
    </message>
    <message>
        <source>of nine</source>
        <translation>su nove</translation>
    </message>
    <message>
        <source>of ten</source>
        <translation>su dieci</translation>
    </message>
    <message>
        <source>of eleven</source>
        <translation>su undici</translation>
    </message>
    <message>
        <source>of twelve</source>
        <translation>su dodici</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choose your PIN</source>
        <translation>Scelga il suo PIN</translation>
    </message>
    <message>
        <source>Save the PIN (Enter)</source>
        <translation>Salva il PIN (Invio)</translation>
    </message>
    <message>
        <source>Your new PIN:</source>
        <translation>Il suo nuovo PIN:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Lo digiti di nuovo:</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n digits that only you know. You type them at the till to spend your points or credit.</source>
        <translation>
            <numerusform>Scelga %n cifra che conosce solo lei. La digiterà alla cassa per spendere punti o credito.</numerusform>
            <numerusform>Scelga %n cifre che conosce solo lei. Le digiterà alla cassa per spendere punti o credito.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Sign in with this PIN</source>
        <translation>Accedi con questo PIN</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Ha dimenticato il PIN?</translation>
    </message>
    <message>
        <source>Forgot your PIN? Get a code to set a new one</source>
        <translation>Ha dimenticato il PIN? Riceva un codice per impostarne uno nuovo</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Digiti il suo PIN</translation>
    </message>
    <message>
        <source>Set your PIN</source>
        <translation>Imposti il suo PIN</translation>
    </message>
    <message>
        <source>Your PIN is locked</source>
        <translation>Il suo PIN è bloccato</translation>
    </message>
    <message>
        <source>Set my PIN</source>
        <translation>Imposta il mio PIN</translation>
    </message>
    <message>
        <source>Reset my PIN</source>
        <translation>Reimposta il mio PIN</translation>
    </message>
    <message>
        <source>Set my PIN with a code sent to me</source>
        <translation>Imposta il mio PIN con un codice che mi viene inviato</translation>
    </message>
    <message>
        <source>Reset my PIN with a code sent to me</source>
        <translation>Reimposta il mio PIN con un codice che mi viene inviato</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Carta {card}</translation>
    </message>
    <message>
        <source>Card ending in {digits}</source>
        <translation>Carta che termina con {digits}</translation>
    </message>
    <message>
        <source>This card has no PIN yet. Set one now with a code we send to you.</source>
        <translation>Questa carta non ha ancora un PIN. Lo imposti ora con un codice che le inviamo.</translation>
    </message>
    <message>
        <source>This card&apos;s PIN is locked after too many wrong tries. Reset it with a code we send to you.</source>
        <translation>Il PIN di questa carta è bloccato dopo troppi tentativi errati. Lo reimposti con un codice che le inviamo.</translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of your PIN.</source>
        <translation>
            <numerusform>Digiti tutte le %n cifre del PIN.</numerusform>
            <numerusform>Digiti tutte le %n cifre del PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries. Reset it with a code we send to you.</source>
        <translation>Il suo PIN è bloccato dopo troppi tentativi errati. Lo reimposti con un codice che le inviamo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>PIN errato. Le resta %n tentativo prima del blocco.</numerusform>
            <numerusform>PIN errato. Le restano %n tentativi prima del blocco.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now, so you cannot sign in. Try again later, or scan your card to see its codes.</source>
        <translation>Il server fedeltà non è raggiungibile in questo momento, quindi non può accedere. Riprovi più tardi, oppure scansioni la carta per vederne i codici.</translation>
    </message>
    <message>
        <source>Type your PIN on the keys.</source>
        <translation>Digiti il PIN sui tasti.</translation>
    </message>
</context>
<context>
    <name>PlayScreen</name>
    <message>
        <source>Play and win</source>
        <translation>Giochi e vinca</translation>
    </message>
    <message>
        <source>Each play is a chance to win a voucher. The result shows at once.</source>
        <translation>Ogni giocata è un&apos;occasione per vincere un buono. Il risultato appare subito.</translation>
    </message>
    <message>
        <source>My vouchers</source>
        <translation>I miei buoni</translation>
    </message>
    <message>
        <source>Back to the games</source>
        <translation>Torni ai giochi</translation>
    </message>
    <message>
        <source>Looking for the games…</source>
        <translation>Cerco i giochi…</translation>
    </message>
    <message>
        <source>There is no game to play right now. Come back soon!</source>
        <translation>Al momento non ci sono giochi. Torni presto!</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Regolamento: {terms}</translation>
    </message>
    <message numerus="yes">
        <source>You have %Ln play(s) left.</source>
        <translation>
            <numerusform>Le resta %Ln giocata.</numerusform>
            <numerusform>Le restano %Ln giocate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Gioca</translation>
    </message>
    <message>
        <source>Play {contest}</source>
        <translation>Gioca a {contest}</translation>
    </message>
    <message>
        <source>No plays left</source>
        <translation>Giocate finite</translation>
    </message>
    <message>
        <source>No plays left in {contest}</source>
        <translation>Nessuna giocata rimasta in {contest}</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Si gioca…</translation>
    </message>
    <message>
        <source>The answer was lost on the way. Tap “Play” again to see your result: it will not use another play.</source>
        <translation>La risposta si è persa per strada. Tocchi di nuovo «Gioca» per vedere il risultato: non userà un&apos;altra giocata.</translation>
    </message>
    <message>
        <source>You won!</source>
        <translation>Ha vinto!</translation>
    </message>
    <message>
        <source>{voucher}: {worth}. It is in My vouchers.</source>
        <translation>{voucher}: {worth}. Lo trova in I miei buoni.</translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation>Non questa volta.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you for playing. You have %Ln play(s) left.</source>
        <translation>
            <numerusform>Grazie per aver giocato. Le resta %Ln giocata.</numerusform>
            <numerusform>Grazie per aver giocato. Le restano %Ln giocate.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>{percent}% di sconto</translation>
    </message>
    <message>
        <source>{worth}, use it by {date}</source>
        <translation>{worth}, da usare entro il {date}</translation>
    </message>
</context>
<context>
    <name>PointsVoucherScreen</name>
    <message>
        <source>Turn points into a voucher</source>
        <translation>Trasformi i punti in un buono</translation>
    </message>
    <message>
        <source>The points are taken from your card at once, and the voucher goes into your wallet. It cannot be turned back into points.</source>
        <translation>I punti vengono scalati subito dalla Sua carta e il buono va nel Suo portafoglio. Non si può ritrasformare in punti.</translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation>Digiti il PIN per confermare.</translation>
    </message>
    <message>
        <source>{points} points → a voucher worth {money}</source>
        <translation>{points} punti → un buono da {money}</translation>
    </message>
    <message>
        <source>Making your voucher…</source>
        <translation>Stiamo creando il Suo buono…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>PIN errato. Le resta %n tentativo prima del blocco.</numerusform>
            <numerusform>PIN errato. Le restano %n tentativi prima del blocco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Type it again.</source>
        <translation>PIN errato. Lo digiti di nuovo.</translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries: no points were taken. Go back to your card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code.</source>
        <translation>Il PIN è bloccato dopo troppi tentativi errati: nessun punto è stato scalato. Torni alla Sua carta e scelga “Cambia il mio PIN”, poi “PIN dimenticato?” per reimpostarlo con un codice.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: no voucher was made and no points were taken. Try again later.</source>
        <translation>Il server fedeltà ora non è raggiungibile: nessun buono è stato creato e nessun punto è stato scalato. Riprovi più tardi.</translation>
    </message>
    <message>
        <source>No voucher was made and no points were taken: {why}</source>
        <translation>Nessun buono è stato creato e nessun punto è stato scalato: {why}</translation>
    </message>
</context>
<context>
    <name>PrintReceipt</name>
    <message>
        <source>Printing…</source>
        <translation>Stampa in corso…</translation>
    </message>
    <message>
        <source>Printed: please take it from the printer.</source>
        <translation>Stampato: lo prenda dalla stampante, per favore.</translation>
    </message>
    <message>
        <source>The printer has run out of paper. Please ask a member of staff.</source>
        <translation>La stampante ha finito la carta. Si rivolga al personale, per favore.</translation>
    </message>
    <message>
        <source>The printer is open. Please ask a member of staff.</source>
        <translation>La stampante è aperta. Si rivolga al personale, per favore.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask a member of staff.</source>
        <translation>La stampante al momento non funziona. Si rivolga al personale, per favore.</translation>
    </message>
</context>
<context>
    <name>PrintedWords</name>
    <message>
        <source>Printed. {warning}</source>
        <extracomment>States after which the receipt is in the customer&apos;s hand.</extracomment>
        <translation>Stampato. {warning}</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <source>No receipt printer</source>
        <translation>Nessuna stampante di scontrini</translation>
    </message>
    <message>
        <source>Network printer (type its address)</source>
        <translation>Stampante di rete (scrivere l&apos;indirizzo)</translation>
    </message>
    <message>
        <source>Dummy (prints nothing: for trying the app)</source>
        <translation>Finta (non stampa nulla: per provare l&apos;app)</translation>
    </message>
    <message>
        <source>Address, e.g. 192.168.1.50 or 192.168.1.50:9100</source>
        <translation>Indirizzo, es. 192.168.1.50 o 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Ricerca delle stampanti…</translation>
    </message>
    <message>
        <source>Print a test slip</source>
        <translation>Stampa uno scontrino di prova</translation>
    </message>
    <message numerus="yes">
        <source>Printers found: %n.</source>
        <translation>
            <numerusform>Stampanti trovate: %n.</numerusform>
            <numerusform>Stampanti trovate: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>Stampa dello scontrino di prova…</translation>
    </message>
</context>
<context>
    <name>PrizeRequestScreen</name>
    <message>
        <source>Request this prize</source>
        <translation>Richieda questo premio</translation>
    </message>
    <message>
        <source>In-store pick-up at this shop&apos;s counter. Until it is ready, you can cancel it in “My requests”.</source>
        <translation>Ritiro alla cassa di questo negozio. Finché non è pronto, può annullarlo in «Le mie richieste».</translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation>Digiti il PIN per confermare.</translation>
    </message>
    <message>
        <source>{prize} for {points} points</source>
        <translation>{prize} per {points} punti</translation>
    </message>
    <message>
        <source>Points left after it: {left}</source>
        <translation>Punti che Le restano dopo: {left}</translation>
    </message>
    <message>
        <source>Requesting your prize…</source>
        <translation>Richiedo il suo premio…</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: no prize was requested and no points were taken. Try again later.</source>
        <translation>Il server fedeltà non è raggiungibile: nessun premio richiesto e nessun punto scalato. Riprovi più tardi.</translation>
    </message>
    <message>
        <source>No prize was requested: {why}</source>
        <translation>Nessun premio richiesto: {why}</translation>
    </message>
</context>
<context>
    <name>PrizeRequestsScreen</name>
    <message>
        <source>My prize requests</source>
        <translation>Le mie richieste di premi</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Sì, annulla</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, lo tenga</translation>
    </message>
    <message>
        <source>✓ Your prize is requested. We will have it ready for you at the counter.</source>
        <translation>✓ Premio richiesto. Glielo prepariamo alla cassa.</translation>
    </message>
    <message>
        <source>The answer was lost on the way. The kiosk is finding out whether your prize was requested: it will show here, never twice.</source>
        <translation>La risposta si è persa per strada. Il chiosco sta verificando se il premio è stato richiesto: comparirà qui, mai due volte.</translation>
    </message>
    <message>
        <source>Looking for your requests…</source>
        <translation>Cerco le sue richieste…</translation>
    </message>
    <message>
        <source>You have not requested any prize yet.</source>
        <translation>Non ha ancora richiesto nessun premio.</translation>
    </message>
    <message>
        <source>{points} points, requested on {date}</source>
        <translation>{points} punti, richiesto il {date}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel the request for {prize}</source>
        <translation>Annulla la richiesta di {prize}</translation>
    </message>
    <message>
        <source>Requested: the shop is getting it ready</source>
        <translation>Richiesto: il negozio lo sta preparando</translation>
    </message>
    <message>
        <source>✓ Ready: collect it at the counter</source>
        <translation>✓ Pronto: lo ritiri alla cassa</translation>
    </message>
    <message>
        <source>✓ Collected</source>
        <translation>✓ Ritirato</translation>
    </message>
    <message>
        <source>Cancelled: the points were given back</source>
        <translation>Annullato: i punti sono stati restituiti</translation>
    </message>
    <message>
        <source>Cancel your request for {prize}? The {points} points come back to your card.</source>
        <translation>Annullare la richiesta di {prize}? I {points} punti tornano sulla sua carta.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullo…</translation>
    </message>
    <message>
        <source>✓ Cancelled: the points are back on your card.</source>
        <translation>✓ Annullato: i punti sono tornati sulla sua carta.</translation>
    </message>
</context>
<context>
    <name>PrizesScreen</name>
    <message>
        <source>My requests</source>
        <translation>Le mie richieste</translation>
    </message>
    <message>
        <source>My prize requests</source>
        <translation>Le mie richieste di premi</translation>
    </message>
    <message>
        <source>Choose a prize. Slide the list up to see more.</source>
        <translation>Scelga un premio. Scorra l&apos;elenco verso l&apos;alto per vederne altri.</translation>
    </message>
    <message>
        <source>Prizes for your points</source>
        <translation>Premi per i suoi punti</translation>
    </message>
    <message>
        <source>Choose a kind of prize.</source>
        <translation>Scelga un tipo di premio.</translation>
    </message>
    <message numerus="yes">
        <source>You have {points} points</source>
        <translation>
            <numerusform>Ha {points} punto</numerusform>
            <numerusform>Ha {points} punti</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the prizes…</source>
        <translation>Cerco i premi…</translation>
    </message>
    <message>
        <source>There are no prizes right now. Come back soon!</source>
        <translation>Al momento non ci sono premi. Torni presto!</translation>
    </message>
    <message>
        <source>There are no prizes of this kind right now.</source>
        <translation>Al momento non ci sono premi di questo tipo.</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} punti</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Esaurito</translation>
    </message>
    <message>
        <source>✓ Your points are enough</source>
        <translation>✓ I suoi punti bastano</translation>
    </message>
    <message numerus="yes">
        <source>You need %Ln more point(s)</source>
        <translation>
            <numerusform>Le manca %Ln punto</numerusform>
            <numerusform>Le mancano %Ln punti</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Scelga</translation>
    </message>
    <message>
        <source>Choose {prize}</source>
        <translation>Scelga {prize}</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Purchase</source>
        <translation>Acquisto</translation>
    </message>
    <message>
        <source>Save purchase (Enter)</source>
        <translation>Salva acquisto (Invio)</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>numero scontrino</translation>
    </message>
    <message>
        <source>Type the amount to see the points it earns.</source>
        <translation>Digita l&apos;importo per vedere i punti che fa guadagnare.</translation>
    </message>
    <message>
        <source>Amount ({currency}):</source>
        <translation>Importo ({currency}):</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Numero scontrino:</translation>
    </message>
    <message>
        <source>Working out the points…</source>
        <translation>Calcolo dei punti…</translation>
    </message>
    <message>
        <source>{amount}: the points cannot be worked out offline yet; the server will count them.</source>
        <translation>{amount}: i punti non si possono ancora calcolare offline; li conterà il server.</translation>
    </message>
    <message numerus="yes">
        <source>{amount} earns {points} points.</source>
        <translation>
            <numerusform>Con {amount} si guadagna {points} punto.</numerusform>
            <numerusform>Con {amount} si guadagnano {points} punti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{amount} earns about {points} points (campaign rule; the loyalty server confirms when it syncs).</source>
        <translation>
            <numerusform>Con {amount} si guadagna circa {points} punto (regola della campagna; il server fedeltà conferma alla sincronizzazione).</numerusform>
            <numerusform>Con {amount} si guadagnano circa {points} punti (regola della campagna; il server fedeltà conferma alla sincronizzazione).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>today {time}</source>
        <translation>oggi {time}</translation>
    </message>
    <message>
        <source>Send now (S)</source>
        <translation>Invia ora (S)</translation>
    </message>
    <message>
        <source>Nothing failed. Everything is saved and syncing.</source>
        <extracomment>In English, the source text; the dialog shows it translated.</extracomment>
        <translation>Nessun errore. Tutto è salvato e in sincronizzazione.</translation>
    </message>
    <message>
        <source>Operations queue</source>
        <translation>Coda delle operazioni</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Lettura della coda…</translation>
    </message>
    <message>
        <source>Choose a row with the arrow keys. Retry (R) sends it again now; Discard (D) gives it up for good and needs the manager PIN.</source>
        <translation>Scegli una riga con le frecce. Riprova (R) la invia di nuovo subito; Scarta (D) la abbandona per sempre e richiede il PIN del responsabile.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Amount / points</source>
        <translation>Importo / punti</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Motivo dell&apos;errore</translation>
    </message>
    <message>
        <source>Retry (R)</source>
        <translation>Riprova (R)</translation>
    </message>
    <message>
        <source>Send the chosen operation again now.</source>
        <translation>Invia di nuovo subito l&apos;operazione scelta.</translation>
    </message>
    <message>
        <source>Send every waiting operation now, without waiting for the next try.</source>
        <translation>Invia subito tutte le operazioni in attesa, senza aspettare il prossimo tentativo.</translation>
    </message>
    <message>
        <source>Discard… (D)</source>
        <translation>Scarta… (D)</translation>
    </message>
    <message>
        <source>Give up on the chosen operation for good (needs the manager PIN).</source>
        <translation>Abbandona per sempre l&apos;operazione scelta (serve il PIN del responsabile).</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Acquisto</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Punti riscattati</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>Credito speso</translation>
    </message>
    <message>
        <source>Points to voucher</source>
        <translation>Punti in buono</translation>
    </message>
    <message>
        <source>{operation}, receipt {receipt}</source>
        <translation>{operation}, scontrino {receipt}</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} punto</numerusform>
            <numerusform>{points} punti</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} credit</source>
        <translation>{money} di credito</translation>
    </message>
    <message>
        <source>{waiting} waiting to sync · {failed} failed · {sent} sent · {discarded} discarded</source>
        <translation>Da sincronizzare: {waiting} · Non riuscite: {failed} · Inviate: {sent} · Scartate: {discarded}</translation>
    </message>
    <message>
        <source>{when}, card {card}: {effect}</source>
        <translation>{when}, carta {card}: {effect}</translation>
    </message>
    <message>
        <source>Approved offline by a manager, waiting for the loyalty server: {operations}.</source>
        <translation>Approvate offline da un responsabile, in attesa del server fedeltà: {operations}.</translation>
    </message>
    <message>
        <source>{operation} on card {card} will be sent again now.</source>
        <translation>{operation}, carta {card}: nuovo invio in corso.</translation>
    </message>
    <message>
        <source>Waiting operations are being sent now.</source>
        <translation>Invio delle operazioni in attesa in corso.</translation>
    </message>
    <message>
        <source>{operation}, card {card}, {effect}</source>
        <translation>{operation}, carta {card}, {effect}</translation>
    </message>
    <message>
        <source>{operation}, card {card}</source>
        <translation>{operation}, carta {card}</translation>
    </message>
    <message>
        <source>to discard this operation ({what}): it will never reach the loyalty server</source>
        <translation>per scartare questa operazione ({what}): non arriverà mai al server fedeltà</translation>
    </message>
    <message>
        <source>Nothing was discarded.</source>
        <translation>Non è stato scartato nulla.</translation>
    </message>
    <message>
        <source>Discarded: {what}.</source>
        <translation>Scartata: {what}.</translation>
    </message>
</context>
<context>
    <name>ReceiptWords</name>
    <message>
        <source>Code: {code}</source>
        <translation>Codice: {code}</translation>
    </message>
    <message>
        <source>Show this voucher at the till.</source>
        <translation>Mostri questo buono alla cassa.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Le diamo il benvenuto, {name}!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Le diamo il benvenuto!</translation>
    </message>
    <message>
        <source>Your loyalty card</source>
        <translation>La Sua carta fedeltà</translation>
    </message>
    <message>
        <source>Show this code at every purchase, or scan the QR code to keep the card on your phone.</source>
        <translation>Mostri questo codice a ogni acquisto, oppure scansioni il codice QR per avere la carta sul telefono.</translation>
    </message>
    <message>
        <source>Test slip</source>
        <translation>Scontrino di prova</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Stampante</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>{width} mm, {columns} characters a line</source>
        <translation>{width} mm, {columns} caratteri per riga</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>If you can read this and the QR code scans, the printer is ready.</source>
        <translation>Se questo si legge e il codice QR si scansiona, la stampante è pronta.</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeeming needs the connection to the loyalty server, which cannot be reached now.</source>
        <extracomment>English; the dialog says it translated.</extracomment>
        <translation>Per riscattare serve la connessione al server fedeltà, che ora non è raggiungibile.</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Riscatta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redeem&lt;/b&gt; — card {card}, {name}</source>
        <translation>&lt;b&gt;Riscatto&lt;/b&gt; — carta {card}, {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redeem&lt;/b&gt; — card {card}</source>
        <translation>&lt;b&gt;Riscatto&lt;/b&gt; — carta {card}</translation>
    </message>
    <message>
        <source>Reset the PIN…</source>
        <translation>Reimposta il PIN…</translation>
    </message>
    <message>
        <source>Manager approval (offline)…</source>
        <translation>Approvazione responsabile (offline)…</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Punti</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>C&amp;redito</translation>
    </message>
    <message>
        <source>Next: the customer&apos;s PIN (Enter)</source>
        <translation>Avanti: PIN del cliente (Invio)</translation>
    </message>
    <message>
        <source>Customer: type your PIN to confirm.</source>
        <translation>Cliente: digiti il suo PIN per confermare.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>points, e.g. 500</source>
        <translation>punti, es. 500</translation>
    </message>
    <message numerus="yes">
        <source>The card has {points} points to redeem.</source>
        <translation>
            <numerusform>La carta ha {points} punto da riscattare.</numerusform>
            <numerusform>La carta ha {points} punti da riscattare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {low} to {high} points; one point is worth {value}.</source>
        <translation>
            <numerusform>Da {low} a {high} punto; un punto vale {value}.</numerusform>
            <numerusform>Da {low} a {high} punti; un punto vale {value}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least {low} points are needed to redeem.</source>
        <translation>
            <numerusform>Per riscattare serve almeno {low} punto.</numerusform>
            <numerusform>Per riscattare servono almeno {low} punti.</numerusform>
        </translation>
    </message>
    <message>
        <source>amount in {currency}, e.g. {example}</source>
        <translation>importo in {currency}, es. {example}</translation>
    </message>
    <message>
        <source>The card has {credit} of credit to spend.</source>
        <translation>La carta ha {credit} di credito da spendere.</translation>
    </message>
    <message>
        <source>Up to {credit}.</source>
        <translation>Fino a {credit}.</translation>
    </message>
    <message numerus="yes">
        <source>{points} points = {value}</source>
        <translation>
            <numerusform>{points} punto = {value}</numerusform>
            <numerusform>{points} punti = {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>{credit} of credit</source>
        <translation>{credit} di credito</translation>
    </message>
    <message numerus="yes">
        <source>Redeem {points} points ({value})</source>
        <translation>
            <numerusform>Riscatta {points} punto ({value})</numerusform>
            <numerusform>Riscatta {points} punti ({value})</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeem {credit} of credit</source>
        <translation>Usa {credit} di credito</translation>
    </message>
    <message>
        <source>Checking the PIN with the loyalty server…</source>
        <translation>Verifica del PIN con il server fedeltà…</translation>
    </message>
    <message>
        <source>{reason} {needs_server}</source>
        <translation>{reason} {needs_server}</translation>
    </message>
    <message numerus="yes">
        <source>Without the loyalty server at most {points} points may be redeemed on this card now.</source>
        <translation>
            <numerusform>Senza il server fedeltà ora si può riscattare al massimo {points} punto su questa carta.</numerusform>
            <numerusform>Senza il server fedeltà ora si possono riscattare al massimo {points} punti su questa carta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to approve redeeming {points} points ({value}) without the customer&apos;s PIN, while offline</source>
        <translation>
            <numerusform>per approvare il riscatto di {points} punto ({value}) senza il PIN del cliente, in modalità offline</numerusform>
            <numerusform>per approvare il riscatto di {points} punti ({value}) senza il PIN del cliente, in modalità offline</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Refund (Enter)</source>
        <translation>Rimborsa (Invio)</translation>
    </message>
    <message>
        <source>Keep it (Esc)</source>
        <translation>Non rimborsare (Esc)</translation>
    </message>
    <message>
        <source>Refund the {what} of {amount} on receipt {receipt}?</source>
        <translation>Rimborso: {what} di {amount}, scontrino {receipt}. Confermi?</translation>
    </message>
    <message>
        <source>Refund the {what} of {amount} (no receipt number)?</source>
        <translation>Rimborso: {what} di {amount}, senza numero di scontrino. Confermi?</translation>
    </message>
    <message>
        <source>Refund the {what} on receipt {receipt}?</source>
        <translation>Rimborso: {what}, scontrino {receipt}. Confermi?</translation>
    </message>
    <message>
        <source>Refund the {what} (no receipt number)?</source>
        <translation>Rimborso: {what}, senza numero di scontrino. Confermi?</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} punto</numerusform>
            <numerusform>{points} punti</numerusform>
        </translation>
    </message>
    <message>
        <source>{credit} credit</source>
        <translation>{credit} di credito</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>This changes the card by {change}.</source>
        <translation>Variazione sulla carta: {change}.</translation>
    </message>
</context>
<context>
    <name>ResetPinScreen</name>
    <message>
        <source>Set your PIN</source>
        <translation>Imposta il PIN</translation>
    </message>
    <message>
        <source>Your card has no PIN yet. We send a one-time code to the e-mail or phone you gave us; with it you choose your PIN.</source>
        <translation>La sua carta non ha ancora un PIN. Le inviamo un codice monouso all&apos;e-mail o al telefono che ci ha dato; con questo sceglie il suo PIN.</translation>
    </message>
    <message>
        <source>Reset your PIN</source>
        <translation>Reimposta il PIN</translation>
    </message>
    <message>
        <source>We send a one-time code to the e-mail or phone you gave us; with it you choose a new PIN. This also unlocks a locked PIN.</source>
        <translation>Le inviamo un codice monouso all&apos;e-mail o al telefono che ci ha dato; con questo sceglie un nuovo PIN. Sblocca anche un PIN bloccato.</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Inviami un codice</translation>
    </message>
    <message>
        <source>Send me a one-time code</source>
        <translation>Inviami un codice monouso</translation>
    </message>
    <message>
        <source>Pad for the code</source>
        <translation>Tastierino per il codice</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Passo {number} di {count}</translation>
    </message>
    <message>
        <source>First, a one-time code.</source>
        <translation>Prima di tutto, un codice monouso.</translation>
    </message>
    <message>
        <source>Type the code we sent you.</source>
        <translation>Digiti il codice che Le abbiamo inviato.</translation>
    </message>
    <message>
        <source>Type your new PIN.</source>
        <translation>Digiti il nuovo PIN.</translation>
    </message>
    <message>
        <source>Type your new PIN again.</source>
        <translation>Digiti di nuovo il nuovo PIN.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Invio del codice…</translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to {address}. It works for %n minutes.</source>
        <translation>
            <numerusform>Le abbiamo inviato un codice a {address}. È valido per %n minuto.</numerusform>
            <numerusform>Le abbiamo inviato un codice a {address}. È valido per %n minuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to the e-mail or phone you gave us. It works for %n minutes.</source>
        <translation>
            <numerusform>Le abbiamo inviato un codice all&apos;e-mail o al telefono che ci ha dato. È valido per %n minuto.</numerusform>
            <numerusform>Le abbiamo inviato un codice all&apos;e-mail o al telefono che ci ha dato. È valido per %n minuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send again (in %n s)</source>
        <translation>
            <numerusform>Invia di nuovo (tra %n s)</numerusform>
            <numerusform>Invia di nuovo (tra %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Invia di nuovo il codice</translation>
    </message>
    <message>
        <source>Setting your PIN…</source>
        <translation>Impostazione del PIN…</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Go on where you were?</source>
        <translation>Riprendere l&apos;iscrizione interrotta?</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Continua (Invio)</translation>
    </message>
    <message>
        <source>An enrolment for {customer} was not finished.</source>
        <translation>L&apos;iscrizione di {customer} non è stata completata.</translation>
    </message>
    <message>
        <source>An enrolment was not finished.</source>
        <translation>Un&apos;iscrizione non è stata completata.</translation>
    </message>
    <message>
        <source>Press Enter to go on where it stopped (what was typed is kept; passwords and codes are asked again), or start again for someone else.</source>
        <translation>Premi Invio per riprendere da dove si è interrotta (quanto digitato resta; password e codici vengono richiesti di nuovo), oppure ricomincia per un&apos;altra persona.</translation>
    </message>
    <message>
        <source>It stopped at the password and the code.</source>
        <translation>Si è fermata alla password e al codice.</translation>
    </message>
    <message>
        <source>It stopped at the customer&apos;s details.</source>
        <translation>Si è fermata ai dati del cliente.</translation>
    </message>
    <message>
        <source>It stopped at the choice of the PIN.</source>
        <translation>Si è fermata alla scelta del PIN.</translation>
    </message>
</context>
<context>
    <name>SaveReport</name>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} punto</numerusform>
            <numerusform>{points} punti</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} credit</source>
        <translation>{money} di credito</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>nessuna variazione</translation>
    </message>
    <message>
        <source>{operation} ({change})</source>
        <translation>{operation} ({change})</translation>
    </message>
    <message>
        <source>Saved: {operation}, pending sync.</source>
        <translation>Salvato: {operation}, in attesa di sincronizzazione.</translation>
    </message>
    <message>
        <source>Synced: {operation}.</source>
        <translation>Sincronizzato: {operation}.</translation>
    </message>
    <message>
        <source>The loyalty server refused an operation saved here: {reason} Staff can see it in the queue (F9).</source>
        <translation>Il server fedeltà ha rifiutato un&apos;operazione salvata qui: {reason} Il personale la trova nella coda (F9).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty server address:</source>
        <extracomment>The receipt printer&apos;s settings, shown on their own page.</extracomment>
        <translation>Indirizzo del server fedeltà:</translation>
    </message>
    <message>
        <source>Api key:</source>
        <translation>Chiave API:</translation>
    </message>
    <message>
        <source>Campaign number:</source>
        <translation>Numero della campagna:</translation>
    </message>
    <message>
        <source>Terminal serial number:</source>
        <translation>Numero di serie del terminale:</translation>
    </message>
    <message>
        <source>Terminal user name:</source>
        <translation>Nome utente del terminale:</translation>
    </message>
    <message>
        <source>Terminal password:</source>
        <translation>Password del terminale:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Wipe the customer&apos;s screen after (seconds):</source>
        <translation>Pulisci lo schermo del cliente dopo (secondi):</translation>
    </message>
    <message>
        <source>Country of phone numbers:</source>
        <translation>Paese dei numeri di telefono:</translation>
    </message>
    <message>
        <source>PIN pad:</source>
        <translation>Tastierino PIN:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colori:</translation>
    </message>
    <message>
        <source>As the computer&apos;s (light or dark)</source>
        <translation>Come il computer (chiaro o scuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Receipt printer:</source>
        <translation>Stampante di scontrini:</translation>
    </message>
    <message>
        <source>Paper roll:</source>
        <translation>Rotolo di carta:</translation>
    </message>
    <message>
        <source>Printer model:</source>
        <translation>Modello della stampante:</translation>
    </message>
    <message>
        <source>Slip:</source>
        <translation>Ricevuta:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>https://…  (empty: built-in sandbox)</source>
        <translation>https://…  (vuoto: sandbox integrata)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Shuffle the digits each time</source>
        <translation>Mescola le cifre ogni volta</translation>
    </message>
    <message>
        <source>{width} mm</source>
        <translation>{width} mm</translation>
    </message>
    <message>
        <source>Print it on the receipt printer as soon as it is saved</source>
        <translation>Stampalo sulla stampante di scontrini appena è salvato</translation>
    </message>
    <message>
        <source>Receipt printer…</source>
        <translation>Stampante di scontrini…</translation>
    </message>
    <message>
        <source>Test connection (Ctrl+T)</source>
        <translation>Prova connessione (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <source>Set when the app was started, and stronger than what is saved here: {names}.</source>
        <translation>Impostati all&apos;avvio dell&apos;app, prevalgono su quanto salvato qui: {names}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariata</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non impostata</translation>
    </message>
    <message>
        <source>Leave them empty to keep the ones saved, in this computer&apos;s keyring.</source>
        <translation>Lasciali vuoti per mantenere quelli salvati, nel portachiavi di questo computer.</translation>
    </message>
    <message>
        <source>Leave them empty to keep the ones saved, in the settings file only the app&apos;s user can read.</source>
        <translation>Lasciali vuoti per mantenere quelli salvati, nel file delle impostazioni leggibile solo dall&apos;utente dell&apos;app.</translation>
    </message>
    <message>
        <source>Leave it empty to use the built-in sandbox with demo data (no real customers).</source>
        <translation>Lascialo vuoto per usare la sandbox integrata con dati dimostrativi (nessun cliente reale).</translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation>0 significa mai.</translation>
    </message>
    <message>
        <source>Two letters, for example IT: used for phone numbers typed without +.</source>
        <translation>Due lettere, ad esempio IT: vale per i numeri di telefono scritti senza +.</translation>
    </message>
    <message>
        <source>Against smudges and onlookers; a customer used to the phone layout is slower with it.</source>
        <translation>Contro le impronte e gli sguardi indiscreti; chi è abituato alla tastiera del telefono è più lento.</translation>
    </message>
    <message>
        <source>An ESC/POS receipt printer by USB, serial port or network (port 9100).</source>
        <translation>Una stampante di scontrini ESC/POS via USB, porta seriale o rete (porta 9100).</translation>
    </message>
    <message>
        <source>&quot;default&quot; suits most printers; the model tells whether it prints QR codes itself.</source>
        <translation>&quot;default&quot; va bene per la maggior parte delle stampanti; il modello dice se stampa da sé i codici QR.</translation>
    </message>
    <message>
        <source>With no address, the built-in sandbox starts with the app.</source>
        <translation>Senza indirizzo, all&apos;avvio dell&apos;app parte la sandbox integrata.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Prova della connessione in corso…</translation>
    </message>
    <message>
        <source>With a loyalty server address, also fill in: {fields}.</source>
        <translation>Con un indirizzo del server fedeltà, compila anche: {fields}.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to go on</source>
        <translation>Acceda per continuare</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Continua (Invio)</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>La sua password:</translation>
    </message>
    <message>
        <source>Signing in as {username}.</source>
        <translation>Accesso come {username}.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Saved on this terminal — will sync with the loyalty server.</source>
        <translation>Salvato su questo terminale — verrà sincronizzato con il server fedeltà.</translation>
    </message>
    <message>
        <source>Synced with the loyalty server.</source>
        <translation>Sincronizzato con il server fedeltà.</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Stampa (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+R)</source>
        <translation>Stampa scontrino (Ctrl+R)</translation>
    </message>
    <message>
        <source>{card} — {name}</source>
        <translation>{card} — {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Scontrino</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>by a manager, offline</source>
        <translation>da un responsabile, offline</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>Punti attuali</translation>
    </message>
    <message>
        <source>Credit now</source>
        <translation>Credito attuale</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>{change} (expected)</source>
        <translation>{change} (da confermare)</translation>
    </message>
    <message>
        <source>{balance} ({change} pending sync)</source>
        <translation>{balance} ({change} da sincronizzare)</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Carta fedeltà</translation>
    </message>
    <message>
        <source>Refused by the loyalty server, nothing was applied: {reason}</source>
        <translation>Rifiutato dal server fedeltà, non è stato applicato nulla: {reason}</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Stampa la ricevuta</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Type the manager PIN to open the staff menu.</source>
        <translation>Digita il PIN del responsabile per aprire il menu del personale.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN del responsabile</translation>
    </message>
    <message>
        <source>Open the staff menu</source>
        <translation>Apri il menu del personale</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Torna ai clienti</translation>
    </message>
    <message>
        <source>No manager PIN is set on this kiosk, so the staff menu stays shut. Set one from the desktop with: kiosk settings manager-pin</source>
        <translation>Su questo chiosco non è impostato alcun PIN del responsabile, quindi il menu del personale resta chiuso. Impostalo dal desktop con: kiosk settings manager-pin</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>PIN del responsabile errato.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong manager PINs: try again in %n seconds.</source>
        <translation>
            <numerusform>Troppi PIN del responsabile errati: riprova tra %n secondo.</numerusform>
            <numerusform>Troppi PIN del responsabile errati: riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manager PIN could not be checked; the log has the details.</source>
        <translation>Non è stato possibile verificare il PIN del responsabile; i dettagli sono nel log.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff menu</source>
        <translation>Menu del personale</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Riavvia il chiosco</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Esci al desktop</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Torna ai clienti</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <source>The loyalty server is in trouble</source>
        <translation>Il server fedeltà ha problemi</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to sync</source>
        <translation>
            <numerusform>%n operazione in attesa di sincronizzazione</numerusform>
            <numerusform>%n operazioni in attesa di sincronizzazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rifiutata</numerusform>
            <numerusform>%n rifiutate</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync failed; the log has the details.</source>
        <translation>La sincronizzazione non è riuscita; i dettagli sono nel log.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Prova della connessione in corso…</translation>
    </message>
    <message>
        <source>The test could not run; the log has the details.</source>
        <translation>Non è stato possibile eseguire la prova; i dettagli sono nel log.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Enrol a customer</source>
        <translation>Iscrivi un cliente</translation>
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation>Verifica (Invio)</translation>
    </message>
    <message>
        <source>Card number, e-mail or mobile</source>
        <translation>Numero di carta, e-mail o cellulare</translation>
    </message>
    <message>
        <source>The customer&apos;s card number, e-mail or mobile number:</source>
        <translation>Numero di carta, e-mail o cellulare del cliente:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Iscriviti</translation>
    </message>
    <message>
        <source>Your e-mail or mobile number (or the number of a card you were given):</source>
        <translation>La sua e-mail o il suo numero di cellulare (o il numero di una carta che ha ricevuto):</translation>
    </message>
    <message>
        <source>name@example.com or 333 123 4567</source>
        <translation>nome@esempio.it o 333 123 4567</translation>
    </message>
</context>
<context>
    <name>StillThereScreen</name>
    <message numerus="yes">
        <source>For your privacy the screen will be cleared in %n second(s).</source>
        <extracomment>How long the question waits for an answer (WCAG 2.2.1: at least 20 s is asked only of what cannot be extended; here &quot;Yes&quot; extends it, as often as the customer likes).</extracomment>
        <translation>
            <numerusform>Per la sua privacy lo schermo verrà cancellato tra %n secondo.</numerusform>
            <numerusform>Per la sua privacy lo schermo verrà cancellato tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>È ancora lì?</translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here</source>
        <translation>Sì, sono ancora qui</translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here: more time</source>
        <translation>Sì, sono ancora qui: altro tempo</translation>
    </message>
</context>
<context>
    <name>StoresScreen</name>
    <message>
        <source>Shops</source>
        <extracomment>The nearest shop this close to the kiosk&apos;s position is the shop the kiosk stands in.</extracomment>
        <translation>Negozi</translation>
    </message>
    <message>
        <source>This shop and the shops nearest to it. Tap “My shop” on the ones you use most.</source>
        <translation>Questo negozio e quelli più vicini. Tocchi “Il mio negozio” su quelli che frequenta di più.</translation>
    </message>
    <message>
        <source>Looking for the shops…</source>
        <translation>Cerco i negozi…</translation>
    </message>
    <message>
        <source>To show the shops near here, this kiosk needs your consent to the use of your position. You can give it in “My details”.</source>
        <translation>Per mostrarLe i negozi qui vicino, questo chiosco ha bisogno del suo consenso all&apos;uso della posizione. Può darlo in “I miei dati”.</translation>
    </message>
    <message>
        <source>This kiosk does not know where it stands, so it cannot list the shops near here.</source>
        <translation>Questo chiosco non sa dove si trova, quindi non può elencare i negozi qui vicino.</translation>
    </message>
    <message>
        <source>Your shops</source>
        <translation>I suoi negozi</translation>
    </message>
    <message>
        <source>You have not chosen a shop of your own yet.</source>
        <translation>Non ha ancora scelto il suo negozio.</translation>
    </message>
    <message>
        <source>➤ This shop</source>
        <translation>➤ Questo negozio</translation>
    </message>
    <message>
        <source>{address}, {city}</source>
        <translation>{address}, {city}</translation>
    </message>
    <message>
        <source>{distance} m away</source>
        <translation>a {distance} m da qui</translation>
    </message>
    <message>
        <source>{distance} km away</source>
        <translation>a {distance} km da qui</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Il mio negozio</translation>
    </message>
    <message>
        <source>My shop: {name}, chosen</source>
        <translation>Il mio negozio: {name}, scelto</translation>
    </message>
    <message>
        <source>My shop: {name}, not chosen</source>
        <translation>Il mio negozio: {name}, non scelto</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Credit top-up</source>
        <translation>Ricarica credito</translation>
    </message>
    <message>
        <source>Top up (Enter)</source>
        <translation>Ricarica (Invio)</translation>
    </message>
    <message>
        <source>Credit now: {credit}</source>
        <translation>Credito attuale: {credit}</translation>
    </message>
    <message>
        <source>Add credit ({currency}):</source>
        <translation>Aggiungi credito ({currency}):</translation>
    </message>
    <message>
        <source>Credit after the top-up: {credit}</source>
        <translation>Credito dopo la ricarica: {credit}</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <source>Use a voucher</source>
        <translation>Usa un buono</translation>
    </message>
    <message>
        <source>Scan the voucher&apos;s QR code or type its code</source>
        <translation>Scansiona il codice QR del buono o digitane il codice</translation>
    </message>
    <message>
        <source>Use it (Enter)</source>
        <translation>Usalo (Invio)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Voucher code:</source>
        <translation>Codice del buono:</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Numero dello scontrino:</translation>
    </message>
    <message>
        <source>Checking the voucher…</source>
        <translation>Verifica del buono…</translation>
    </message>
    <message>
        <source>{title}: {money} off</source>
        <translation>{title}: {money} di sconto</translation>
    </message>
    <message>
        <source>{title}: {percent}% off</source>
        <translation>{title}: {percent}% di sconto</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Valido fino al {date}.</translation>
    </message>
    <message>
        <source>Using the voucher…</source>
        <translation>Uso del buono…</translation>
    </message>
</context>
<context>
    <name>VoucherQrCode</name>
    <message>
        <source>Voucher QR code</source>
        <extracomment>The QR code of a voucher is at least this wide (mm): a till&apos;s scanner reads it off the glass. Round amounts of points offered for a voucher (the campaign&apos;s minimum is always one of the choices). At most this many amounts to choose from.</extracomment>
        <translation>Codice QR del buono</translation>
    </message>
    <message>
        <source>QR code of voucher {code}</source>
        <translation>Codice QR del buono {code}</translation>
    </message>
</context>
<context>
    <name>VouchersScreen</name>
    <message>
        <source>My vouchers</source>
        <translation>I miei buoni</translation>
    </message>
    <message>
        <source>Your vouchers: show the code or its QR code at the till</source>
        <translation>I Suoi buoni: mostri il codice o il suo codice QR alla cassa</translation>
    </message>
    <message>
        <source>✓ Your new voucher is ready: it is in the list below.</source>
        <translation>✓ Il Suo nuovo buono è pronto: lo trova nell&apos;elenco qui sotto.</translation>
    </message>
    <message>
        <source>The answer was lost on the way. This kiosk is finding out whether your voucher was made: if it was, it shows below. Your points are never taken twice.</source>
        <translation>La risposta si è persa per strada. Il chiosco sta verificando se il buono è stato creato: se sì, compare qui sotto. I punti non vengono mai scalati due volte.</translation>
    </message>
    <message>
        <source>Looking for your vouchers…</source>
        <translation>Cerchiamo i Suoi buoni…</translation>
    </message>
    <message numerus="yes">
        <source>You have {points} points</source>
        <translation>
            <numerusform>Ha {points} punto</numerusform>
            <numerusform>Ha {points} punti</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn points into a voucher: choose how many.</source>
        <translation>Trasformi i punti in un buono: scelga quanti.</translation>
    </message>
    <message>
        <source>A voucher takes at least {points} points: keep collecting!</source>
        <translation>Per un buono servono almeno {points} punti: continui a raccoglierli!</translation>
    </message>
    <message>
        <source>{points} points → {money}</source>
        <translation>{points} punti → {money}</translation>
    </message>
    <message>
        <source>Turn {points} points into a voucher worth {money}</source>
        <translation>Trasformare {points} punti in un buono da {money}</translation>
    </message>
    <message>
        <source>You have no vouchers yet.</source>
        <translation>Non ha ancora buoni.</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Condizioni: {terms}</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Codice: {code}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampi</translation>
    </message>
    <message>
        <source>Print voucher {code}</source>
        <translation>Stampi il buono {code}</translation>
    </message>
    <message>
        <source>Worth {money}</source>
        <translation>Vale {money}</translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>{percent}% di sconto</translation>
    </message>
    <message>
        <source>Used on {date}</source>
        <translation>Usato il {date}</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usato</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Scaduto il {date}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>✓ Active: use it by {date}</source>
        <translation>✓ Attivo: da usare entro il {date}</translation>
    </message>
    <message>
        <source>✓ Active: it does not expire</source>
        <translation>✓ Attivo: non scade</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Qualcosa è andato storto; i dettagli sono nel registro.</translation>
    </message>
    <message>
        <source>The reason was not recorded.</source>
        <translation>Il motivo non è stato registrato.</translation>
    </message>
    <message>
        <source>nothing could be read.</source>
        <translation>non è stato possibile leggere nulla.</translation>
    </message>
    <message>
        <source>the kiosk cannot use it.</source>
        <translation>il kiosk non può usarlo.</translation>
    </message>
    <message>
        <source>this operation was NOT saved.</source>
        <translation>questa operazione NON è stata salvata.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <source>in {file}</source>
        <translation>in {file}</translation>
    </message>
    <message>
        <source>flag {flag}</source>
        <translation>opzione {flag}</translation>
    </message>
    <message>
        <source>to be saved</source>
        <translation>da salvare</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <source>the api key</source>
        <translation>la chiave API</translation>
    </message>
    <message>
        <source>the campaign number</source>
        <translation>il numero della campagna</translation>
    </message>
    <message>
        <source>the terminal&apos;s user name</source>
        <translation>il nome utente del terminale</translation>
    </message>
    <message>
        <source>the terminal&apos;s password</source>
        <translation>la password del terminale</translation>
    </message>
    <message>
        <source>the terminal&apos;s serial number</source>
        <translation>il numero di serie del terminale</translation>
    </message>
    <message>
        <source>Fill in first: {names}.</source>
        <translation>Compila prima: {names}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>in invio</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>inviata</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallita</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>scartata</translation>
    </message>
    <message>
        <source>This operation has changed meanwhile: nothing was changed.</source>
        <translation>Nel frattempo questa operazione è cambiata: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} o {other}</translation>
    </message>
    <message>
        <source>This operation is {state}, not {wanted}: nothing was changed.</source>
        <translation>Questa operazione è {state}, non {wanted}: non è stato modificato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>La password deve avere almeno %n carattere, con una lettera e una cifra.</numerusform>
            <numerusform>La password deve avere almeno %n caratteri, con una lettera e una cifra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter.</source>
        <translation>
            <numerusform>La password deve avere almeno %n carattere, con una lettera.</numerusform>
            <numerusform>La password deve avere almeno %n caratteri, con una lettera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a digit.</source>
        <translation>
            <numerusform>La password deve avere almeno %n carattere, con una cifra.</numerusform>
            <numerusform>La password deve avere almeno %n caratteri, con una cifra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>La password deve avere almeno %n carattere.</numerusform>
            <numerusform>La password deve avere almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password needs a letter and a digit.</source>
        <translation>La password deve contenere una lettera e una cifra.</translation>
    </message>
    <message>
        <source>The password needs a letter.</source>
        <translation>La password deve contenere una lettera.</translation>
    </message>
    <message>
        <source>The password needs a digit.</source>
        <translation>La password deve contenere una cifra.</translation>
    </message>
    <message>
        <source>The terminal could not sign in to the loyalty server: ask the shop manager to check the terminal&apos;s user, password, serial number and api key in the settings.</source>
        <translation>Il terminale non è riuscito ad accedere al server fedeltà: chiedi al responsabile del negozio di controllare nelle impostazioni utente, password, numero di serie e chiave API del terminale.</translation>
    </message>
    <message>
        <source>The user name or password is not right: ask the customer to type them again.</source>
        <translation>Nome utente o password non corretti: chiedi al cliente di digitarli di nuovo.</translation>
    </message>
    <message>
        <source>The connection to the loyalty server had to be renewed and failed: try again.</source>
        <translation>La connessione al server fedeltà andava rinnovata e non è riuscita: riprova.</translation>
    </message>
    <message>
        <source>The customer&apos;s session has expired: ask the customer to sign in again.</source>
        <translation>La sessione del cliente è scaduta: chiedi al cliente di accedere di nuovo.</translation>
    </message>
    <message>
        <source>This terminal is not allowed to do that on the loyalty server: call support.</source>
        <translation>Questo terminale non è autorizzato a farlo sul server fedeltà: chiama l&apos;assistenza.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries: wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Troppi tentativi: aspetta %n secondo, poi riprova.</numerusform>
            <numerusform>Troppi tentativi: aspetta %n secondi, poi riprova.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait a while, then try again.</source>
        <translation>Troppi tentativi: aspetta un po&apos;, poi riprova.</translation>
    </message>
    <message>
        <source>The loyalty server refused the value of “{field}”: check it and try again.</source>
        <translation>Il server fedeltà ha rifiutato il valore di «{field}»: controllalo e riprova.</translation>
    </message>
    <message>
        <source>The loyalty server refused what was sent: check what was entered and try again.</source>
        <translation>Il server fedeltà ha rifiutato i dati inviati: controlla quanto inserito e riprova.</translation>
    </message>
    <message>
        <source>This card is not known to the loyalty program: scan it again or check the number.</source>
        <translation>Questa carta non risulta nel programma fedeltà: scansionala di nuovo o controlla il numero.</translation>
    </message>
    <message>
        <source>This card is blocked or was replaced: ask the customer for their current card.</source>
        <translation>Questa carta è bloccata o è stata sostituita: chiedi al cliente la carta attuale.</translation>
    </message>
    <message>
        <source>That new card number is already in use: take another new card.</source>
        <translation>Il numero della nuova carta è già in uso: prendi un&apos;altra carta nuova.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is not right (%n tries left): ask the customer to type it again.</source>
        <translation>
            <numerusform>Il PIN non è corretto (resta %n tentativo): chiedi al cliente di digitarlo di nuovo.</numerusform>
            <numerusform>Il PIN non è corretto (restano %n tentativi): chiedi al cliente di digitarlo di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is not right: ask the customer to type it again.</source>
        <translation>Il PIN non è corretto: chiedi al cliente di digitarlo di nuovo.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: the customer must reset it before redeeming.</source>
        <translation>Il PIN è bloccato dopo troppi tentativi errati: il cliente deve reimpostarlo prima di riscattare.</translation>
    </message>
    <message>
        <source>This card already has a PIN: the customer must type the current PIN to choose a new one.</source>
        <translation>Questa carta ha già un PIN: per sceglierne uno nuovo il cliente deve digitare quello attuale.</translation>
    </message>
    <message>
        <source>There are not enough points on the card: check the balance and use fewer points.</source>
        <translation>Sulla carta non ci sono abbastanza punti: controlla il saldo e usa meno punti.</translation>
    </message>
    <message>
        <source>There is not enough credit on the card: check the balance and use less credit.</source>
        <translation>Sulla carta non c&apos;è abbastanza credito: controlla il saldo e usa meno credito.</translation>
    </message>
    <message>
        <source>This campaign does not allow this redemption without the customer&apos;s PIN: it is beyond what may be redeemed offline.</source>
        <translation>Questa campagna non consente questo riscatto senza il PIN del cliente: supera quanto si può riscattare offline.</translation>
    </message>
    <message>
        <source>This customer has no e-mail or phone on file, so the PIN cannot be reset here: the customer must first add one to their account.</source>
        <translation>Questo cliente non ha un&apos;e-mail o un telefono registrati, quindi qui non si può reimpostare il PIN: il cliente deve prima aggiungerne uno al suo account.</translation>
    </message>
    <message>
        <source>The code is not right: check it and type it again.</source>
        <translation>Il codice non è corretto: lo controlli e lo digiti di nuovo.</translation>
    </message>
    <message>
        <source>The code has expired or was already used: ask for a new code.</source>
        <translation>Il codice è scaduto o è già stato usato: ne chieda uno nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries or codes: wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Troppi tentativi o codici: attenda %n secondo, poi riprovi.</numerusform>
            <numerusform>Troppi tentativi o codici: attenda %n secondi, poi riprovi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries or codes: wait a while, then ask for a new code.</source>
        <translation>Troppi tentativi o codici: attenda un po&apos;, poi chieda un nuovo codice.</translation>
    </message>
    <message>
        <source>No customer was found: sign up as a new customer.</source>
        <translation>Nessun cliente trovato: si registri come nuovo cliente.</translation>
    </message>
    <message>
        <source>This customer is already registered: sign in instead.</source>
        <translation>Questo cliente è già registrato: acceda invece di registrarsi.</translation>
    </message>
    <message>
        <source>The loyalty server has no record of this operation: it was not applied.</source>
        <translation>Il server fedeltà non ha traccia di questa operazione: non è stata applicata.</translation>
    </message>
    <message>
        <source>This operation was already sent with different details: call support.</source>
        <translation>Questa operazione è già stata inviata con dati diversi: chiama l&apos;assistenza.</translation>
    </message>
    <message>
        <source>The loyalty server is still working on this operation: wait a moment and check again.</source>
        <translation>Il server fedeltà sta ancora elaborando questa operazione: aspetta un attimo e ricontrolla.</translation>
    </message>
    <message>
        <source>This movement cannot be reversed: it was already reversed or is itself a reversal.</source>
        <translation>Questo movimento non si può stornare: è già stato stornato o è esso stesso uno storno.</translation>
    </message>
    <message>
        <source>The movement to reverse is not known to the loyalty server: check the card&apos;s history.</source>
        <translation>Il movimento da stornare non risulta al server fedeltà: controlla lo storico della carta.</translation>
    </message>
    <message>
        <source>This voucher code is not known: check it and type it again.</source>
        <translation>Questo codice buono non è valido: controllalo e digitalo di nuovo.</translation>
    </message>
    <message>
        <source>This voucher was already used.</source>
        <translation>Questo buono è già stato usato.</translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation>Questo buono è scaduto.</translation>
    </message>
    <message>
        <source>That is fewer points than a voucher takes: choose more points.</source>
        <translation>Sono meno punti di quelli che servono per un buono: scelga più punti.</translation>
    </message>
    <message>
        <source>This prize is no longer in the catalogue.</source>
        <translation>Questo premio non è più nel catalogo.</translation>
    </message>
    <message>
        <source>This prize has just run out: choose another one. No points were spent.</source>
        <translation>Questo premio è appena esaurito: ne scelga un altro. Non è stato usato nessun punto.</translation>
    </message>
    <message>
        <source>To have the prize sent, give the address to send it to.</source>
        <translation>Per ricevere il premio a casa, indichi l&apos;indirizzo a cui spedirlo.</translation>
    </message>
    <message>
        <source>This prize request is not known.</source>
        <translation>Questa richiesta di premio non risulta.</translation>
    </message>
    <message>
        <source>This prize is already being prepared, so the request can no longer be cancelled.</source>
        <translation>Questo premio è già in preparazione, quindi la richiesta non si può più annullare.</translation>
    </message>
    <message>
        <source>This game is over or not open yet.</source>
        <translation>Questo gioco è terminato o non è ancora aperto.</translation>
    </message>
    <message>
        <source>You have no plays left in this game.</source>
        <translation>Non ha più giocate disponibili in questo gioco.</translation>
    </message>
    <message>
        <source>This news item is no longer available.</source>
        <translation>Questa notizia non è più disponibile.</translation>
    </message>
    <message>
        <source>This message is no longer available.</source>
        <translation>Questo messaggio non è più disponibile.</translation>
    </message>
    <message>
        <source>This shop is no longer in the list.</source>
        <translation>Questo negozio non è più nell&apos;elenco.</translation>
    </message>
    <message>
        <source>To see the shops near here, first allow the use of your position in My details.</source>
        <translation>Per vedere i negozi qui vicino, consenta prima l&apos;uso della sua posizione in I miei dati.</translation>
    </message>
    <message>
        <source>The password is not right: type your current password again.</source>
        <translation>La password non è corretta: digita di nuovo la password attuale.</translation>
    </message>
    <message>
        <source>This account has no password: it was opened with the card only. Confirm with your PIN instead.</source>
        <translation>Questo account non ha una password: è stato aperto solo con la carta. Conferma con il PIN.</translation>
    </message>
    <message numerus="yes">
        <source>The loyalty server has a problem: try again in %n seconds.</source>
        <translation>
            <numerusform>Il server fedeltà ha un problema: riprova tra %n secondo.</numerusform>
            <numerusform>Il server fedeltà ha un problema: riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loyalty server has a problem: try again in a moment.</source>
        <translation>Il server fedeltà ha un problema: riprova tra poco.</translation>
    </message>
    <message>
        <source>The loyalty server refused the request (error {code}): try again, and call support if it keeps happening.</source>
        <translation>Il server fedeltà ha rifiutato la richiesta (errore {code}): riprova e, se si ripete, chiama l&apos;assistenza.</translation>
    </message>
    <message>
        <source>The loyalty server refused the request: try again, and call support if it keeps happening.</source>
        <translation>Il server fedeltà ha rifiutato la richiesta: riprova e, se si ripete, chiama l&apos;assistenza.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached: check the network and try again.</source>
        <translation>Il server fedeltà non è raggiungibile: controlla la rete e riprova.</translation>
    </message>
    <message>
        <source>The loyalty server did not answer: the operation may have gone through, so check it before doing it again.</source>
        <translation>Il server fedeltà non ha risposto: l&apos;operazione potrebbe essere andata a buon fine, quindi controllala prima di ripeterla.</translation>
    </message>
    <message>
        <source>The loyalty server sent an answer the terminal cannot read: try again, and call support if it keeps happening.</source>
        <translation>Il server fedeltà ha inviato una risposta che il terminale non sa leggere: riprova e, se si ripete, chiama l&apos;assistenza.</translation>
    </message>
    <message>
        <source>The terminal&apos;s loyalty sign-in is not set up: ask the shop manager to enter it in the settings.</source>
        <translation>L&apos;accesso del terminale al programma fedeltà non è configurato: chiedi al responsabile del negozio di inserirlo nelle impostazioni.</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk is full: {outcome} Free some space and try again.</source>
        <translation>Il disco del terminale è pieno: {outcome} Libera un po&apos; di spazio e riprova.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is read-only: {outcome} Check that the kiosk may write its data folder and that the disk has not switched to read-only.</source>
        <translation>Il database del terminale è in sola lettura: {outcome} Controlla che il kiosk possa scrivere nella sua cartella dati e che il disco non sia passato in sola lettura.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database stayed locked by another kiosk program for too long: {outcome} Try again; if it keeps happening, restart the terminal.</source>
        <translation>Il database del terminale è rimasto bloccato troppo a lungo da un altro programma kiosk: {outcome} Riprova; se si ripete, riavvia il terminale.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is damaged: nothing was saved, and nothing will be until it is repaired. Run `kiosk store check` to see what is wrong and which backups there are, then `kiosk store restore BACKUP` with the newest good one; or call support. Do not delete the file.</source>
        <translation>Il database del terminale è danneggiato: non è stato salvato nulla e non si salverà nulla finché non viene riparato. Esegui `kiosk store check` per vedere cosa non va e quali backup ci sono, poi `kiosk store restore BACKUP` con il più recente integro; oppure chiama l&apos;assistenza. Non cancellare il file.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database cannot be opened: check that its data folder exists and may be written.</source>
        <translation>Il database del terminale non si può aprire: controlla che la sua cartella dati esista e sia scrivibile.</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk reported an error: {outcome} Try again; if it keeps happening, call support.</source>
        <translation>Il disco del terminale ha segnalato un errore: {outcome} Riprova; se si ripete, chiama l&apos;assistenza.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database failed unexpectedly: {outcome} Try again; if it keeps happening, call support.</source>
        <translation>Il database del terminale ha avuto un errore imprevisto: {outcome} Riprova; se si ripete, chiama l&apos;assistenza.</translation>
    </message>
    <message>
        <source>This operation was already saved once: it was not saved again.</source>
        <translation>Questa operazione era già stata salvata: non è stata salvata di nuovo.</translation>
    </message>
    <message>
        <source>This operation is not in the terminal&apos;s queue.</source>
        <translation>Questa operazione non è nella coda del terminale.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database was written by a newer kiosk program: install the newer program. The database was not changed.</source>
        <translation>Il database del terminale è stato scritto da una versione più recente di kiosk: installa la versione più recente. Il database non è stato modificato.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database could not be backed up before its upgrade, so it was not upgraded: check that the disk has space and the data folder may be written.</source>
        <translation>Non è stato possibile fare il backup del database del terminale prima dell&apos;aggiornamento, quindi non è stato aggiornato: controlla che il disco abbia spazio e che la cartella dati sia scrivibile.</translation>
    </message>
    <message>
        <source>There is no backup file {backup}: nothing was changed.</source>
        <translation>Non esiste il file di backup {backup}: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged too: nothing was changed. Choose an older one.</source>
        <translation>Anche il backup {backup} è danneggiato: non è stato modificato nulla. Scegline uno più vecchio.</translation>
    </message>
    <message>
        <source>Another kiosk program is using this database now: stop it first. Nothing was changed.</source>
        <translation>Un altro programma kiosk sta usando questo database: fermalo prima. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Riprova.</translation>
    </message>
    <message>
        <source>Nothing was redeemed.</source>
        <translation>Non è stato riscattato nulla.</translation>
    </message>
    <message>
        <source>Nothing was redeemed. Try again.</source>
        <translation>Non è stato riscattato nulla. Riprova.</translation>
    </message>
    <message>
        <source>Connecting to the loyalty server…</source>
        <translation>Connessione al server fedeltà…</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The amount is too large for one purchase.</source>
        <translation>L&apos;importo è troppo alto per un solo acquisto.</translation>
    </message>
    <message>
        <source>That is not an amount of money: write it with digits, like {example} or {example_cents}.</source>
        <translation>Non è un importo: scrivilo in cifre, per esempio {example} o {example_cents}.</translation>
    </message>
    <message>
        <source>The amount has more than two decimals.</source>
        <translation>L&apos;importo ha più di due decimali.</translation>
    </message>
    <message>
        <source>The points must be more than zero.</source>
        <translation>I punti devono essere più di zero.</translation>
    </message>
    <message>
        <source>That number of points is too large.</source>
        <translation>Quel numero di punti è troppo alto.</translation>
    </message>
    <message>
        <source>That is not a number of points: points are whole numbers written with digits, like 500 or {example}.</source>
        <translation>Non è un numero di punti: i punti sono numeri interi scritti in cifre, per esempio 500 o {example}.</translation>
    </message>
    <message>
        <source>The top-up must be more than zero.</source>
        <translation>La ricarica deve essere maggiore di zero.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n points must be redeemed at a time.</source>
        <translation>
            <numerusform>Bisogna riscattare almeno %n punto alla volta.</numerusform>
            <numerusform>Bisogna riscattare almeno %n punti alla volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card has only {available} points to redeem ({waiting} more are still waiting to reach the loyalty server).</source>
        <translation>Punti che si possono riscattare sulla carta: solo {available} (altri {waiting} devono ancora arrivare al server fedeltà).</translation>
    </message>
    <message>
        <source>The card has only {available} points to redeem.</source>
        <translation>Punti che si possono riscattare sulla carta: solo {available}.</translation>
    </message>
    <message>
        <source>The card has only {money} of credit to spend (more is still waiting to reach the loyalty server).</source>
        <translation>La carta ha solo {money} di credito da spendere (dell&apos;altro deve ancora arrivare al server fedeltà).</translation>
    </message>
    <message>
        <source>The card has only {money} of credit to spend.</source>
        <translation>La carta ha solo {money} di credito da spendere.</translation>
    </message>
    <message>
        <source>The campaign&apos;s rules are not known on this terminal yet: points cannot be redeemed.</source>
        <translation>Le regole della campagna non sono ancora note su questo terminale: non si possono riscattare punti.</translation>
    </message>
    <message>
        <source>“{text}” is not a card number.</source>
        <translation>«{text}» non è un numero di carta.</translation>
    </message>
    <message>
        <source>Card number {card} is not valid (wrong check digit): scan it again or check the digits.</source>
        <translation>Il numero di carta {card} non è valido (cifra di controllo errata): scansionalo di nuovo o controlla le cifre.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>«{text}» non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» non è un numero di telefono.</translation>
    </message>
    <message>
        <source>Scan a card, or type a card number, e-mail or phone.</source>
        <translation>Scansiona una carta oppure digita numero di carta, e-mail o telefono.</translation>
    </message>
    <message>
        <source>“{text}” is neither a card number, an e-mail nor a phone number.</source>
        <translation>«{text}» non è né un numero di carta, né un&apos;e-mail, né un numero di telefono.</translation>
    </message>
    <message>
        <source>Card number {card} is not a valid EAN-13 (13 digits with the right check digit): check the card number.</source>
        <translation>Il numero di carta {card} non è un EAN-13 valido (13 cifre con la cifra di controllo giusta): controlla il numero della carta.</translation>
    </message>
    <message>
        <source>Card number “{card}” cannot be shown as a Code 128 barcode: it needs 1 to {longest} letters, digits or signs, without accents.</source>
        <translation>Il numero di carta «{card}» non si può mostrare come codice a barre Code 128: servono da 1 a {longest} lettere, cifre o simboli, senza accenti.</translation>
    </message>
    <message>
        <source>Card format {format} is not one this terminal can draw: check the campaign&apos;s card format.</source>
        <translation>Il formato di carta {format} non è tra quelli che questo terminale sa disegnare: controlla il formato carta della campagna.</translation>
    </message>
    <message>
        <source>There is no card number to show as a QR code.</source>
        <translation>Non c&apos;è nessun numero di carta da mostrare come codice QR.</translation>
    </message>
    <message>
        <source>This card number is too long for a QR code.</source>
        <translation>Questo numero di carta è troppo lungo per un codice QR.</translation>
    </message>
    <message>
        <source>Card {card} was replaced by card {new_card}: use the new card.</source>
        <translation>La carta {card} è stata sostituita dalla carta {new_card}: usa la nuova carta.</translation>
    </message>
    <message>
        <source>Card {card} was replaced: use the new card.</source>
        <translation>La carta {card} è stata sostituita: usa la nuova carta.</translation>
    </message>
    <message>
        <source>Card {card} is blocked: nothing can be earned, redeemed or refunded on it.</source>
        <translation>La carta {card} è bloccata: non si possono accumulare, riscattare né rimborsare punti o credito.</translation>
    </message>
    <message>
        <source>Card {card} has not been checked with the loyalty server yet: nothing can be done on it offline.</source>
        <translation>La carta {card} non è ancora stata verificata con il server fedeltà: offline non si può fare nulla.</translation>
    </message>
    <message>
        <source>No card in the loyalty program has this e-mail address: check the spelling.</source>
        <translation>Nessuna carta del programma fedeltà ha questo indirizzo e-mail: controlla come è scritto.</translation>
    </message>
    <message>
        <source>No card in the loyalty program has this phone number: check the digits.</source>
        <translation>Nessuna carta del programma fedeltà ha questo numero di telefono: controlla le cifre.</translation>
    </message>
    <message>
        <source>No loyalty API is configured.</source>
        <translation>Nessun server fedeltà è configurato.</translation>
    </message>
    <message>
        <source>The terminal cannot search by e-mail or phone offline yet: its card directory has never been fetched.</source>
        <translation>Il terminale non può ancora cercare per e-mail o telefono offline: l&apos;elenco delle carte non è mai stato scaricato.</translation>
    </message>
    <message>
        <source>The terminal cannot search by e-mail or phone offline until it has fetched the campaign again; search by card number.</source>
        <translation>Il terminale non può cercare per e-mail o telefono offline finché non riscarica la campagna; cerca per numero di carta.</translation>
    </message>
    <message>
        <source>The terminal is fetching its card directory again, so a card may not be found by e-mail or phone offline yet; search by card number.</source>
        <translation>Il terminale sta riscaricando l&apos;elenco delle carte, quindi offline una carta potrebbe non essere ancora trovata per e-mail o telefono; cerca per numero di carta.</translation>
    </message>
    <message>
        <source>No card found on this terminal (the loyalty API cannot be reached, so only cards seen before are known).</source>
        <translation>Nessuna carta trovata su questo terminale (il server fedeltà non è raggiungibile, quindi si conoscono solo le carte già viste).</translation>
    </message>
    <message>
        <source>No card found on this terminal.</source>
        <translation>Nessuna carta trovata su questo terminale.</translation>
    </message>
    <message>
        <source>The campaign has no card category: a new card cannot be issued here.</source>
        <translation>La campagna non ha categorie di carta: qui non si può emettere una nuova carta.</translation>
    </message>
    <message>
        <source>A new card needs the loyalty server, which cannot be reached now: try again later.</source>
        <translation>Per una nuova carta serve il server fedeltà, che ora non è raggiungibile: riprova più tardi.</translation>
    </message>
    <message>
        <source>Look up a customer first.</source>
        <translation>Cerca prima un cliente.</translation>
    </message>
    <message>
        <source>Give the receipt number.</source>
        <translation>Indica il numero dello scontrino.</translation>
    </message>
    <message numerus="yes">
        <source>The receipt number must be at most %n plain characters.</source>
        <translation>
            <numerusform>Il numero dello scontrino può avere al massimo %n carattere semplice.</numerusform>
            <numerusform>Il numero dello scontrino può avere al massimo %n caratteri semplici.</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign does not allow earning points without the loyalty API.</source>
        <translation>Questa campagna non consente di accumulare punti senza il server fedeltà.</translation>
    </message>
    <message>
        <source>This operation has not reached the loyalty server yet: it cannot be refunded now.</source>
        <translation>Questa operazione non è ancora arrivata al server fedeltà: per ora non si può rimborsare.</translation>
    </message>
    <message>
        <source>This movement was already refunded, or is itself a refund.</source>
        <translation>Questo movimento è già stato rimborsato, oppure è esso stesso un rimborso.</translation>
    </message>
    <message>
        <source>A refund of this movement is already saved and waiting to sync.</source>
        <translation>Un rimborso di questo movimento è già salvato e in attesa di invio.</translation>
    </message>
    <message>
        <source>Credit can only be spent with the loyalty server: it cannot be reached now.</source>
        <translation>Il credito si può spendere solo con il server fedeltà, che ora non è raggiungibile.</translation>
    </message>
    <message>
        <source>This campaign does not allow redeeming without the loyalty server: it cannot be reached now.</source>
        <translation>Questa campagna non consente riscatti senza il server fedeltà, che ora non è raggiungibile.</translation>
    </message>
    <message numerus="yes">
        <source>Without the loyalty server at most {room} more points may be redeemed here (the campaign&apos;s limit over %n hours): redeem fewer, or wait for the connection.</source>
        <translation>
            <numerusform>Senza il server fedeltà qui si possono riscattare al massimo altri {room} punti (il limite della campagna in %n ora): riscatta meno punti o aspetta la connessione.</numerusform>
            <numerusform>Senza il server fedeltà qui si possono riscattare al massimo altri {room} punti (il limite della campagna in %n ore): riscatta meno punti o aspetta la connessione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeemed.</source>
        <translation>Riscattato.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>PIN errato. Resta %n tentativo prima che il PIN si blocchi.</numerusform>
            <numerusform>PIN errato. Restano %n tentativi prima che il PIN si blocchi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errato.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries. Nothing was redeemed. Reset the PIN with a code sent to the customer.</source>
        <translation>Il PIN è bloccato dopo troppi tentativi errati. Non è stato riscattato nulla. Reimposta il PIN con un codice inviato al cliente.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: reset it with a code.</source>
        <translation>Il PIN è bloccato dopo troppi tentativi errati: reimpostalo con un codice.</translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is wrong. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>Il PIN attuale è errato. Resta %n tentativo prima che il PIN si blocchi.</numerusform>
            <numerusform>Il PIN attuale è errato. Restano %n tentativi prima che il PIN si blocchi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation>Il PIN attuale è errato.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now.</source>
        <translation>Il server fedeltà ora non è raggiungibile.</translation>
    </message>
    <message>
        <source>Blocking, unblocking or replacing a card needs the loyalty server, which cannot be reached now. Nothing was changed: try again when the link is back.</source>
        <translation>Per bloccare, sbloccare o sostituire una carta serve il server fedeltà, che ora non è raggiungibile. Non è cambiato nulla: riprova quando il collegamento torna.</translation>
    </message>
    <message>
        <source>A voucher can be checked and used only with the loyalty server, which cannot be reached now. Do not take it off the bill: try again when the link is back.</source>
        <translation>Un buono si può verificare e usare solo con il server fedeltà, che ora non è raggiungibile. Non scalarlo dal conto: riprova quando il collegamento torna.</translation>
    </message>
    <message>
        <source>Signing in needs the loyalty server, which cannot be reached now. Scan your card to see its codes.</source>
        <translation>Per accedere serve il server fedeltà, che ora non è raggiungibile. Scansioni la sua carta per vederne i codici.</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again.</source>
        <translation>La sessione è terminata. Acceda di nuovo.</translation>
    </message>
    <message>
        <source>The loyalty server&apos;s answer was lost: the terminal is finding out whether it was redeemed. Do not hand anything over until it shows.</source>
        <translation>La risposta del server fedeltà è andata persa: il terminale sta verificando se il riscatto è avvenuto. Non consegnare nulla finché non compare l&apos;esito.</translation>
    </message>
    <message>
        <source>The loyalty server refused it.</source>
        <translation>Il server fedeltà l&apos;ha rifiutata.</translation>
    </message>
    <message>
        <source>The counter is still completing this redemption.</source>
        <translation>La cassa sta ancora completando questo riscatto.</translation>
    </message>
    <message>
        <source>This redemption needs the customer&apos;s PIN, which the terminal never keeps: nothing was redeemed; ask the customer to redeem again.</source>
        <translation>Questo riscatto richiede il PIN del cliente, che il terminale non conserva mai: non è stato riscattato nulla; chiedi al cliente di riscattare di nuovo.</translation>
    </message>
    <message>
        <source>This operation was saved incomplete and cannot be sent: discard it and enter it again.</source>
        <translation>Questa operazione è stata salvata incompleta e non si può inviare: scartala e inseriscila di nuovo.</translation>
    </message>
    <message>
        <source>Type your e-mail address or mobile number.</source>
        <translation>Digiti il suo indirizzo e-mail o numero di cellulare.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>«{text}» non è una data (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Scegli una delle opzioni.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Scegli sì o no.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>Campo obbligatorio: {label}.</translation>
    </message>
    <message>
        <source>The two passwords are not the same: type them again.</source>
        <translation>Le due password non coincidono: le digiti di nuovo.</translation>
    </message>
    <message>
        <source>Type your password again, then ask for the code.</source>
        <translation>Digiti di nuovo la password, poi chieda il codice.</translation>
    </message>
    <message>
        <source>Welcome back: type your password to go on.</source>
        <translation>Che piacere rivederla: digiti la password per continuare.</translation>
    </message>
    <message>
        <source>This customer is already registered: they sign in with their e-mail or phone and password.</source>
        <translation>Questo cliente è già registrato: accede con e-mail o telefono e password.</translation>
    </message>
    <message>
        <source>Welcome! The card is ready, with the PIN it already had: keep using it.</source>
        <translation>Le diamo il benvenuto! La carta è pronta, con il PIN che aveva già: continui a usarlo.</translation>
    </message>
    <message>
        <source>Welcome! The card is ready: scan it at every purchase.</source>
        <translation>Le diamo il benvenuto! La carta è pronta: la presenti a ogni acquisto.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached: check the connection and try again. Nothing typed is lost.</source>
        <translation>Il server fedeltà non è raggiungibile: controlli la connessione e riprovi. Quanto digitato non va perso.</translation>
    </message>
    <message>
        <source>Some answers need a look: see the fields marked.</source>
        <translation>Alcune risposte vanno controllate: guardi i campi segnalati.</translation>
    </message>
    <message>
        <source>Correct the address, then ask for the code again.</source>
        <translation>Corregga l&apos;indirizzo, poi chieda di nuovo il codice.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Digiti la password.</translation>
    </message>
    <message>
        <source>That password is not right: try again.</source>
        <translation>La password non è corretta: riprovi.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n s.</source>
        <translation>
            <numerusform>Un nuovo codice si può inviare tra %n s.</numerusform>
            <numerusform>Un nuovo codice si può inviare tra %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digits.</source>
        <translation>
            <numerusform>Il codice ha %n cifra.</numerusform>
            <numerusform>Il codice ha %n cifre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes: send a new code.</source>
        <translation>Troppi codici errati: richieda un nuovo codice.</translation>
    </message>
    <message>
        <source>The code has expired: send a new code.</source>
        <translation>Il codice è scaduto: richieda un nuovo codice.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right: %n tries left.</source>
        <translation>
            <numerusform>Il codice non è corretto: resta %n tentativo.</numerusform>
            <numerusform>Il codice non è corretto: restano %n tentativi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-digit code was sent to {address}: type it here (look in the e-mail).</source>
        <translation>
            <numerusform>Un codice di %n cifra è stato inviato a {address}: lo digiti qui (guardi nell&apos;e-mail).</numerusform>
            <numerusform>Un codice di %n cifre è stato inviato a {address}: lo digiti qui (guardi nell&apos;e-mail).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-digit code was sent to {address}: type it here (look in the phone&apos;s messages).</source>
        <translation>
            <numerusform>Un codice di %n cifra è stato inviato a {address}: lo digiti qui (guardi nei messaggi del telefono).</numerusform>
            <numerusform>Un codice di %n cifre è stato inviato a {address}: lo digiti qui (guardi nei messaggi del telefono).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many codes were sent to this address: try again later, or use another one.</source>
        <translation>Sono stati inviati troppi codici a questo indirizzo: riprovi più tardi o ne usi un altro.</translation>
    </message>
    <message>
        <source>This e-mail or phone is already someone&apos;s sign-in: use another one.</source>
        <translation>Questa e-mail o questo telefono è già usato da qualcuno per accedere: ne usi un altro.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>La verifica non è riuscita.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits.</source>
        <translation>
            <numerusform>Il PIN ha %n cifra.</numerusform>
            <numerusform>Il PIN ha %n cifre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manager PIN must be {low} to {high} digits.</source>
        <translation>Il PIN del responsabile deve avere da {low} a {high} cifre.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type them again.</source>
        <translation>I due PIN non coincidono: digitali di nuovo.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: nothing was saved.</source>
        <translation>I due PIN non coincidono: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Redeeming needs the connection to the loyalty server, which cannot be reached now.</source>
        <translation>Per riscattare serve la connessione al server fedeltà, che ora non è raggiungibile.</translation>
    </message>
    <message>
        <source>No PIN was given. Nothing was redeemed.</source>
        <translation>Non è stato inserito nessun PIN. Non è stato riscattato nulla.</translation>
    </message>
    <message>
        <source>The customer&apos;s PIN is digits only: nothing was redeemed.</source>
        <translation>Il PIN del cliente è fatto solo di cifre: non è stato riscattato nulla.</translation>
    </message>
    <message>
        <source>No value was given for {name}: nothing was saved.</source>
        <translation>Non è stato dato nessun valore per {name}: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be true or false, not “{raw}”.</source>
        <translation>{env} ({source}) deve essere true o false, non «{raw}».</translation>
    </message>
    <message>
        <source>{env} ({source}) must be a whole number.</source>
        <translation>{env} ({source}) deve essere un numero intero.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be {minimum} or more, not {number}.</source>
        <translation>{env} ({source}) deve essere almeno {minimum}, non {number}.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be a number, not “{raw}”.</source>
        <translation>{env} ({source}) deve essere un numero, non «{raw}».</translation>
    </message>
    <message>
        <source>{env} ({source}) must be more than zero.</source>
        <translation>{env} ({source}) deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be text.</source>
        <translation>{env} ({source}) deve essere un testo.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be one of {choices}, not “{raw}”.</source>
        <translation>{env} ({source}) deve essere uno tra {choices}, non «{raw}».</translation>
    </message>
    <message>
        <source>{env} ({source}) must be empty or a number from {lowest} to {highest}, not “{raw}”.</source>
        <translation>{env} ({source}) deve essere vuoto o un numero da {lowest} a {highest}, non “{raw}”.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read (at {where}).</source>
        <translation>Il file delle impostazioni {path} non si può leggere (in {where}).</translation>
    </message>
    <message>
        <source>The settings file {path} names an unknown setting “{key}”.</source>
        <translation>Il file delle impostazioni {path} contiene un&apos;impostazione sconosciuta «{key}».</translation>
    </message>
    <message>
        <source>{name} is a secret: give it by {env} or in {file}.</source>
        <translation>{name} è un segreto: indicalo con {env} o in {file}.</translation>
    </message>
    <message>
        <source>There is no setting “{name}”.</source>
        <translation>Non esiste l&apos;impostazione «{name}».</translation>
    </message>
    <message>
        <source>The settings could not be saved in {path} ({detail}); the previous settings still apply.</source>
        <translation>Non è stato possibile salvare le impostazioni in {path} ({detail}); restano valide quelle precedenti.</translation>
    </message>
    <message>
        <source>The new settings were saved but cannot be used.</source>
        <translation>Le nuove impostazioni sono state salvate ma non si possono usare.</translation>
    </message>
    <message>
        <source>The loyalty server address must not hold a user name or password: put them in the terminal&apos;s own settings.</source>
        <translation>L&apos;indirizzo del server fedeltà non deve contenere nome utente o password: inseriscili nelle impostazioni del terminale.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (https://...).</source>
        <translation>«{url}» non è un indirizzo web (https://...).</translation>
    </message>
    <message>
        <source>“{url}” must use https://: plain http is allowed only on this machine.</source>
        <translation>«{url}» deve usare https://: il semplice http è ammesso solo su questo computer.</translation>
    </message>
    <message>
        <source>A loyalty server address is set, so these settings are needed too: {names}.</source>
        <translation>È impostato un indirizzo del server fedeltà, quindi servono anche queste impostazioni: {names}.</translation>
    </message>
    <message>
        <source>Connected: campaign “{campaign}” ({currency}).</source>
        <translation>Connesso: campagna «{campaign}» ({currency}).</translation>
    </message>
    <message>
        <source>The loyalty server at {url} cannot be reached: check the network cable or Wi-Fi, and the address.</source>
        <translation>Il server fedeltà all&apos;indirizzo {url} non è raggiungibile: controlla il cavo di rete o il Wi-Fi e l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Something answers at {url}, but it is not a loyalty server: check the address.</source>
        <translation>All&apos;indirizzo {url} risponde qualcosa, ma non è un server fedeltà: controlla l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Campaign {campaign} does not exist on this loyalty server: check the campaign number.</source>
        <translation>La campagna {campaign} non esiste su questo server fedeltà: controlla il numero della campagna.</translation>
    </message>
    <message>
        <source>The loyalty server refused the api key or the terminal&apos;s user name and password: check them.</source>
        <translation>Il server fedeltà ha rifiutato la chiave API o il nome utente e la password del terminale: controllali.</translation>
    </message>
    <message>
        <source>The loyalty server does not let this user sign in as a terminal: check the terminal&apos;s user name.</source>
        <translation>Il server fedeltà non permette a questo utente di accedere come terminale: controlla il nome utente del terminale.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s keyring ({backend}) did not answer within %n second(s): it may be locked. Unlock it and try again.</source>
        <translation>
            <numerusform>Il portachiavi di questo computer ({backend}) non ha risposto entro %n secondo: forse è bloccato. Sbloccalo e riprova.</numerusform>
            <numerusform>Il portachiavi di questo computer ({backend}) non ha risposto entro %n secondi: forse è bloccato. Sbloccalo e riprova.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s keyring ({backend}) refused the request: unlock it and try again.</source>
        <translation>Il portachiavi di questo computer ({backend}) ha rifiutato la richiesta: sbloccalo e riprova.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring ({backend}) did not keep {name}. Nothing else was changed.</source>
        <translation>Il portachiavi di questo computer ({backend}) non ha conservato {name}. Nient&apos;altro è stato modificato.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the secrets stay in {path}, which only the app&apos;s own user can read.</source>
        <translation>Questo computer non ha un portachiavi: i segreti restano in {path}, leggibile solo dall&apos;utente dell&apos;app.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Stampato.</translation>
    </message>
    <message>
        <source>The printer is ready.</source>
        <translation>La stampante è pronta.</translation>
    </message>
    <message>
        <source>The paper roll is nearly finished: have a new one at hand.</source>
        <translation>Il rotolo di carta sta per finire: tenerne uno nuovo a portata di mano.</translation>
    </message>
    <message>
        <source>The printer is out of paper: load a new roll, then print again.</source>
        <translation>La stampante è senza carta: caricare un rotolo nuovo, poi stampare di nuovo.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open: close it, then print again.</source>
        <translation>Il coperchio della stampante è aperto: chiuderlo, poi stampare di nuovo.</translation>
    </message>
    <message>
        <source>The printer reports an error (paper jam or cutter): turn it off and on, then print again.</source>
        <translation>La stampante segnala un errore (carta inceppata o taglierina): spegnerla e riaccenderla, poi stampare di nuovo.</translation>
    </message>
    <message>
        <source>The printer did not answer within {seconds} seconds: check that it is on and connected.</source>
        <translation>La stampante non ha risposto entro {seconds} secondi: controllare che sia accesa e collegata.</translation>
    </message>
    <message>
        <source>The printer at {where} cannot be reached: check its cable or network address, and that it is on.</source>
        <translation>La stampante {where} non è raggiungibile: controllare il cavo o l&apos;indirizzo di rete, e che sia accesa.</translation>
    </message>
    <message>
        <source>This computer&apos;s user may not use the printer at {where}: ask whoever installed the terminal.</source>
        <translation>L&apos;utente di questo computer non può usare la stampante {where}: chiedere a chi ha installato il terminale.</translation>
    </message>
    <message>
        <source>No receipt printer is set.</source>
        <translation>Nessuna stampante di scontrini impostata.</translation>
    </message>
    <message>
        <source>“{raw}” is not a printer address: use usb:VID:PID, network:HOST[:PORT], serial:PORT[:BAUD], file:PATH or dummy.</source>
        <translation>«{raw}» non è un indirizzo di stampante: usare usb:VID:PID, network:HOST[:PORT], serial:PORT[:BAUD], file:PATH o dummy.</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — card {card}, {name}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — carta {card}, {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — card {card}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — carta {card}</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>es. {example}</translation>
    </message>
</context>
<context>
    <name>_PinScreen</name>
    <message>
        <source>The two new PINs are different: type your new PIN again.</source>
        <extracomment>A problem is said in words; this sign goes before them, never instead of them.</extracomment>
        <translation>I due nuovi PIN sono diversi: digiti di nuovo il nuovo PIN.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
</context>
<context>
    <name>_Symbol</name>
    <message>
        <source>Make this window larger to show the code.</source>
        <translation>Ingrandisci la finestra per vedere il codice.</translation>
    </message>
</context>
</TS>
