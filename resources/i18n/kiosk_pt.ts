<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en_GB">
<context>
    <name>AgeWords</name>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Scan your card or tap to start</source>
        <translation>Leia o seu cartão ou toque para começar</translation>
    </message>
    <message>
        <source>I have a card</source>
        <translation>Tenho um cartão</translation>
    </message>
    <message>
        <source>I have a card: sign in</source>
        <translation>Tenho um cartão: entrar</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Aderir</translation>
    </message>
    <message>
        <source>Join the loyalty programme</source>
        <translation>Aderir ao programa de fidelização</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Cartão de fidelização</translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <source>Badges</source>
        <translation>Medalhas</translation>
    </message>
    <message>
        <source>The badges you have earned, and those still to earn. Slide the list to see more.</source>
        <translation>As medalhas que já ganhou e as que ainda pode ganhar. Deslize a lista para ver mais.</translation>
    </message>
    <message>
        <source>Looking for your badges…</source>
        <translation>A procurar as suas medalhas…</translation>
    </message>
    <message>
        <source>There are no badges to earn yet.</source>
        <translation>Ainda não há medalhas para ganhar.</translation>
    </message>
    <message>
        <source>Your badges</source>
        <translation>As suas medalhas</translation>
    </message>
    <message>
        <source>Still to earn</source>
        <translation>Ainda por ganhar</translation>
    </message>
    <message>
        <source>✓ Earned on {date}</source>
        <translation>✓ Ganha em {date}</translation>
    </message>
    <message>
        <source>Not earned yet</source>
        <translation>Ainda não ganha</translation>
    </message>
</context>
<context>
    <name>CardBarcode</name>
    <message>
        <source>Card barcode</source>
        <translation>Código de barras do cartão</translation>
    </message>
    <message>
        <source>Barcode of card {card}</source>
        <translation>Código de barras do cartão {card}</translation>
    </message>
</context>
<context>
    <name>CardCodes</name>
    <message>
        <source>Card {card}</source>
        <translation>Cartão {card}</translation>
    </message>
</context>
<context>
    <name>CardCodesDialog</name>
    <message>
        <source>Card codes</source>
        <translation>Códigos do cartão</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
</context>
<context>
    <name>CardLifeDialog</name>
    <message>
        <source>Lost or found card</source>
        <translation>Cartão perdido ou encontrado</translation>
    </message>
    <message>
        <source>Scan or type the new card&apos;s number</source>
        <translation>Leia ou escreva o número do cartão novo</translation>
    </message>
    <message>
        <source>The new card&apos;s number</source>
        <translation>Número do cartão novo</translation>
    </message>
    <message>
        <source>&amp;Block the card</source>
        <translation>&amp;Bloquear o cartão</translation>
    </message>
    <message>
        <source>&amp;Unblock the card</source>
        <translation>&amp;Desbloquear o cartão</translation>
    </message>
    <message>
        <source>&amp;Move to the new card</source>
        <translation>&amp;Passar para o cartão novo</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Card {card} is blocked. Unblock it if it was found, with the manager PIN.</source>
        <translation>O cartão {card} está bloqueado. Desbloqueie-o se foi encontrado, com o PIN do gerente.</translation>
    </message>
    <message>
        <source>Card {card}: block it if it was lost, or move its customer, points, credit and PIN to a new card. Both need the manager PIN.</source>
        <translation>Cartão {card}: bloqueie-o se foi perdido, ou passe o cliente, os pontos, o crédito e o PIN para um cartão novo. Ambos precisam do PIN do gerente.</translation>
    </message>
    <message>
        <source>Scan or type the new card&apos;s number first.</source>
        <translation>Primeiro leia ou escreva o número do cartão novo.</translation>
    </message>
    <message>
        <source>to block card {card}</source>
        <translation>para bloquear o cartão {card}</translation>
    </message>
    <message>
        <source>to unblock card {card}</source>
        <translation>para desbloquear o cartão {card}</translation>
    </message>
    <message>
        <source>to move card {card} to a new card</source>
        <translation>para passar o cartão {card} para um cartão novo</translation>
    </message>
    <message>
        <source>Asking the loyalty server…</source>
        <translation>A perguntar ao servidor de fidelização…</translation>
    </message>
</context>
<context>
    <name>CardPinPage</name>
    <message>
        <source>The PIN that came with your card</source>
        <translation>O PIN que recebeu com o cartão</translation>
    </message>
    <message>
        <source>Send me the code (Enter)</source>
        <translation>Enviar o código (Enter)</translation>
    </message>
    <message>
        <source>Reset the card&apos;s PIN (Alt+P)</source>
        <translation>Repor o PIN do cartão (Alt+P)</translation>
    </message>
    <message>
        <source>Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send the code. It is the same PIN you use to spend your points.</source>
        <translation>O seu cartão veio com um PIN. Introduza-o no teclado: prova que o cartão é seu, e só então enviamos o código. É o mesmo PIN que usa para gastar os seus pontos.</translation>
    </message>
    <message>
        <source>That PIN is not right: type it again.</source>
        <translation>O PIN não está correto: introduza-o novamente.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right: %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>O PIN não está correto: resta %n tentativa antes de o PIN ficar bloqueado.</numerusform>
            <numerusform>O PIN não está correto: restam %n tentativas antes de o PIN ficar bloqueado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Reset the PIN with a code: go back and choose &quot;I have a card&quot;. Or start again and join without this card.</source>
        <translation>O PIN do cartão está bloqueado após demasiadas tentativas erradas, por isso não é possível enviar o código. Reponha o PIN com um código: volte atrás e escolha &quot;Tenho um cartão&quot;. Ou recomece e adira sem este cartão.</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries, so no code can be sent. Staff can reset it with a code sent to the e-mail or phone the shop has on file (Reset the card&apos;s PIN); without either on file, the shop&apos;s support unlocks it. Or start again and enrol as a new customer.</source>
        <translation>O PIN do cartão está bloqueado após demasiadas tentativas erradas, por isso não é possível enviar o código. Um funcionário pode repô-lo com um código enviado para o e-mail ou telefone que a loja tem registado (Repor o PIN do cartão); se a loja não tiver nenhum dos dois, o apoio da loja desbloqueia-o. Ou recomece e registe-se como novo cliente.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits: type all of them.</source>
        <translation>
            <numerusform>O PIN tem %n algarismo: introduza-o.</numerusform>
            <numerusform>O PIN tem %n algarismos: introduza-os todos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardQrCode</name>
    <message>
        <source>Card QR code</source>
        <translation>Código QR do cartão</translation>
    </message>
    <message>
        <source>QR code of card {card}</source>
        <translation>Código QR do cartão {card}</translation>
    </message>
</context>
<context>
    <name>ChangePinScreen</name>
    <message>
        <source>Change your PIN</source>
        <translation>Alterar o PIN</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Esqueceu-se do PIN?</translation>
    </message>
    <message>
        <source>Forgot your PIN? Reset it with a code</source>
        <translation>Esqueceu-se do PIN? Reponha-o com um código</translation>
    </message>
    <message>
        <source>Reset my PIN with a code</source>
        <translation>Repor o PIN com um código</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Passo {number} de {count}</translation>
    </message>
    <message>
        <source>Type your current PIN.</source>
        <translation>Introduza o PIN atual.</translation>
    </message>
    <message>
        <source>Type your new PIN.</source>
        <translation>Introduza o novo PIN.</translation>
    </message>
    <message>
        <source>Type your new PIN again.</source>
        <translation>Introduza novamente o novo PIN.</translation>
    </message>
    <message>
        <source>Changing your PIN…</source>
        <translation>A alterar o PIN…</translation>
    </message>
    <message>
        <source>Your PIN is locked.</source>
        <translation>O PIN está bloqueado.</translation>
    </message>
</context>
<context>
    <name>CodeBoxes</name>
    <message>
        <source>Digit {number} of the code</source>
        <translation>Algarismo {number} do código</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Type the code we sent you</source>
        <translation>Introduza o código que lhe enviámos</translation>
    </message>
    <message>
        <source>Check the code (Enter)</source>
        <translation>Verificar o código (Enter)</translation>
    </message>
    <message>
        <source>Sent to {address}.</source>
        <translation>Enviado para {address}.</translation>
    </message>
    <message>
        <source>It may take a minute to arrive: look in the e-mail&apos;s spam folder too.</source>
        <translation>Pode demorar um minuto a chegar: veja também a pasta de spam do e-mail.</translation>
    </message>
    <message>
        <source>It may take a minute to arrive: look in the phone&apos;s messages.</source>
        <translation>Pode demorar um minuto a chegar: veja as mensagens do telemóvel.</translation>
    </message>
    <message numerus="yes">
        <source>It works for %n minutes.</source>
        <translation>
            <numerusform>É válido durante %n minuto.</numerusform>
            <numerusform>É válido durante %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new code (in %n s)</source>
        <translation>
            <numerusform>Enviar novo código (daqui a %n s)</numerusform>
            <numerusform>Enviar novo código (daqui a %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code (Alt+R)</source>
        <translation>Enviar novo código (Alt+R)</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Enviar um novo código</translation>
    </message>
</context>
<context>
    <name>ConnectivityIndicator</name>
    <message>
        <source>Connecting…</source>
        <extracomment>The key that opens the queue; the window binds it with a QShortcut.</extracomment>
        <translation>A ligar…</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n em espera</numerusform>
            <numerusform>%n em espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n por sincronizar</numerusform>
            <numerusform>%n por sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>all synced</source>
        <translation>tudo sincronizado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <source>Trouble reaching the server</source>
        <translation>Problemas a contactar o servidor</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Sem ligação desde {time}</translation>
    </message>
    <message>
        <source>Trouble reaching the server since {time}</source>
        <translation>Problemas a contactar o servidor desde {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falhada</numerusform>
            <numerusform>%n falhadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}. Press {key} to see the queue.</source>
        <translation>{summary}. Prima {key} para ver a fila.</translation>
    </message>
    <message>
        <source>Click or press {key} to see the queue of operations.</source>
        <translation>Clique ou prima {key} para ver a fila de operações.</translation>
    </message>
</context>
<context>
    <name>ConsentsScreen</name>
    <message>
        <source>My consents</source>
        <translation>Os meus consentimentos</translation>
    </message>
    <message>
        <source>Read each one. Tap its switch to give or withdraw your consent; you can change your mind at any time.</source>
        <translation>Leia cada um. Toque no botão para dar ou retirar o seu consentimento; pode mudar de ideias a qualquer momento.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>Não aceito</translation>
    </message>
    <message>
        <source>{consent}: I agree</source>
        <translation>{consent}: aceito</translation>
    </message>
    <message>
        <source>{consent}: I do not agree</source>
        <translation>{consent}: não aceito</translation>
    </message>
    <message>
        <source>Looking up your consents…</source>
        <translation>A procurar os seus consentimentos…</translation>
    </message>
    <message>
        <source>This shop asks for no consents.</source>
        <translation>Esta loja não pede consentimentos.</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>A guardar a sua escolha…</translation>
    </message>
    <message>
        <source>Saved: you agree to “{consent}”.</source>
        <translation>Guardado: deu o seu consentimento a «{consent}».</translation>
    </message>
    <message>
        <source>Saved: your consent to “{consent}” is withdrawn.</source>
        <translation>Guardado: o seu consentimento a «{consent}» foi retirado.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Change e-mail or mobile</source>
        <translation>Mudar e-mail ou telemóvel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Telemóvel</translation>
    </message>
    <message>
        <source>Your new mobile number:</source>
        <translation>O seu novo número de telemóvel:</translation>
    </message>
    <message>
        <source>Your new e-mail:</source>
        <translation>O seu novo e-mail:</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Enviar-me um código</translation>
    </message>
    <message>
        <source>The code we sent you:</source>
        <translation>O código que lhe enviámos:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Mobile on file now: {address}</source>
        <translation>Telemóvel registado agora: {address}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>E-mail on file now: {address}</source>
        <translation>E-mail registado agora: {address}</translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to {address}. It works for %n minutes.</source>
        <translation>
            <numerusform>Enviámos um código para {address}. É válido durante %n minuto.</numerusform>
            <numerusform>Enviámos um código para {address}. É válido durante %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the new address first.</source>
        <translation>Escreva primeiro o novo endereço.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>A enviar o código…</translation>
    </message>
    <message numerus="yes">
        <source>Send again (in %n s)</source>
        <translation>
            <numerusform>Enviar de novo (daqui a %n s)</numerusform>
            <numerusform>Enviar de novo (daqui a %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Enviar o código de novo</translation>
    </message>
    <message>
        <source>Type the code we sent you.</source>
        <translation>Escreva o código que lhe enviámos.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>A verificar o código…</translation>
    </message>
    <message>
        <source>Done: your mobile is now {address}. We told your old one about the change.</source>
        <translation>Feito: o seu telemóvel é agora {address}. Avisámos o número anterior da alteração.</translation>
    </message>
    <message>
        <source>Done: your e-mail is now {address}. We told your old one about the change.</source>
        <translation>Feito: o seu e-mail é agora {address}. Avisámos o endereço anterior da alteração.</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Demo mode on the built-in sandbox. Try card {card}.</source>
        <translation>Modo de demonstração na sandbox integrada. Experimente o cartão {card}.</translation>
    </message>
    <message>
        <source>to change the settings</source>
        <extracomment>From the embedded sandbox&apos;s thread: that Backend serves now (True), or could not start (False).</extracomment>
        <translation>para alterar as definições</translation>
    </message>
</context>
<context>
    <name>CounterSession</name>
    <message>
        <source>The PIN of card {card} was changed.</source>
        <translation>O PIN do cartão {card} foi alterado.</translation>
    </message>
    <message>
        <source>Card {card} has a new PIN.</source>
        <translation>O cartão {card} tem um novo PIN.</translation>
    </message>
    <message>
        <source>Voucher {code} used against receipt {receipt}.</source>
        <translation>Vale {code} usado no talão {receipt}.</translation>
    </message>
    <message>
        <source>Applying the new settings…</source>
        <translation>A aplicar as novas definições…</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Ready: scan a card, or type a card number, e-mail or phone and press Enter.</source>
        <extracomment>The message line with nobody on screen (English; the window says it translated).</extracomment>
        <translation>Pronto: leia um cartão, ou introduza o número do cartão, e-mail ou telefone e prima Enter.</translation>
    </message>
    <message>
        <source>Kiosk — loyalty counter</source>
        <translation>Kiosk — balcão de fidelização</translation>
    </message>
    <message>
        <source>Scan a card, or type a card number, e-mail or phone, then Enter</source>
        <translation>Leia um cartão, ou introduza o número do cartão, e-mail ou telefone, depois Enter</translation>
    </message>
    <message>
        <source>Ready for the next customer.

Scan their card, or type a card number, e-mail or phone.</source>
        <translation>Pronto para o próximo cliente.

Leia o cartão, ou introduza o número do cartão, e-mail ou telefone.</translation>
    </message>
    <message>
        <source>Search (F2)</source>
        <translation>Pesquisar (F2)</translation>
    </message>
    <message>
        <source>Purchase (F3)</source>
        <translation>Compra (F3)</translation>
    </message>
    <message>
        <source>Refund (F4)</source>
        <translation>Devolução (F4)</translation>
    </message>
    <message>
        <source>Top up (F5)</source>
        <translation>Carregar (F5)</translation>
    </message>
    <message>
        <source>Card codes (F6)</source>
        <translation>Códigos (F6)</translation>
    </message>
    <message>
        <source>Redeem (F11)</source>
        <translation>Resgatar (F11)</translation>
    </message>
    <message>
        <source>Customer PIN (F12)</source>
        <translation>PIN do cliente (F12)</translation>
    </message>
    <message>
        <source>Lost card (Ctrl+L)</source>
        <translation>Cartão perdido (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete account (Ctrl+Shift+D)</source>
        <translation>Eliminar conta (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Voucher (Ctrl+U)</source>
        <translation>Vale (Ctrl+U)</translation>
    </message>
    <message>
        <source>Enrol customer (F7)</source>
        <translation>Registar cliente (F7)</translation>
    </message>
    <message>
        <source>New card (F8)</source>
        <translation>Cartão novo (F8)</translation>
    </message>
    <message>
        <source>Queue (F9)</source>
        <translation>Fila (F9)</translation>
    </message>
    <message>
        <source>Settings (F10)</source>
        <translation>Definições (F10)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Limpar (Esc)</translation>
    </message>
    <message>
        <source>Search (F2):</source>
        <translation>Pesquisar (F2):</translation>
    </message>
    <message>
        <source>Looking up {what}…</source>
        <translation>A procurar {what}…</translation>
    </message>
    <message>
        <source>This card cannot be used: scan the customer&apos;s new card {card}.</source>
        <translation>Este cartão não pode ser usado: leia o cartão novo do cliente {card}.</translation>
    </message>
    <message>
        <source>This card cannot be used: ask for the customer&apos;s other card, or issue a new one (F8).</source>
        <translation>Este cartão não pode ser usado: peça ao cliente o outro cartão, ou emita um novo (F8).</translation>
    </message>
    <message>
        <source>Card {card}: F3 purchase, F5 top up, F11 redeem, Esc when done.</source>
        <translation>Cartão {card}: F3 compra, F5 carregamento, F11 resgate, Esc para terminar.</translation>
    </message>
    <message>
        <source>Several cards match: choose the customer&apos;s card.</source>
        <translation>Há vários cartões possíveis: escolha o do cliente.</translation>
    </message>
    <message>
        <source>Several cards match: choose the customer&apos;s card. {freshness}</source>
        <translation>Há vários cartões possíveis: escolha o do cliente. {freshness}</translation>
    </message>
    <message>
        <source>No customer found: enrol them (F7) or issue a new card (F8).</source>
        <translation>Nenhum cliente encontrado: registe-o (F7) ou emita um cartão novo (F8).</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is damaged: this till cannot take customers.</source>
        <translation>A base de dados do terminal está danificada: esta caixa não pode atender clientes.</translation>
    </message>
    <message>
        <source>New card {card} issued: give it to the customer. They can enrol with it later.</source>
        <translation>Cartão novo {card} emitido: entregue-o ao cliente. Pode registar-se mais tarde.</translation>
    </message>
    <message>
        <source>The customer was cleared from the screen after a while without use. {ready}</source>
        <translation>Os dados do cliente foram retirados do ecrã por inatividade. {ready}</translation>
    </message>
    <message>
        <source>Choose the movement to refund with the arrow keys, then press F4 again.</source>
        <translation>Escolha com as setas o movimento a devolver e prima F4 de novo.</translation>
    </message>
    <message>
        <source>The account of card {card} is deleted: its personal data is wiped, the card blocked, and this till has forgotten the customer.</source>
        <translation>A conta do cartão {card} foi eliminada: dados pessoais apagados, cartão bloqueado, e esta caixa esqueceu o cliente.</translation>
    </message>
    <message>
        <source>Asking the loyalty server for a new card…</source>
        <translation>A pedir um cartão novo ao servidor de fidelização…</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Choose how you sign in</source>
        <translation>Escolha como vai entrar</translation>
    </message>
    <message>
        <source>Send me a code (Enter)</source>
        <translation>Enviar um código (Enter)</translation>
    </message>
    <message>
        <source>name@example.com or 333 123 4567</source>
        <translation>nome@example.com ou +351 912 345 678</translation>
    </message>
    <message>
        <source>Your e-mail or mobile number (we send a code there):</source>
        <translation>O seu e-mail ou telemóvel (enviamos para lá um código):</translation>
    </message>
    <message>
        <source>Choose a password:</source>
        <translation>Escolha uma palavra-passe:</translation>
    </message>
    <message>
        <source>Type the password again:</source>
        <translation>Introduza novamente a palavra-passe:</translation>
    </message>
    <message>
        <source>Only you know it: it is shown as dots.</source>
        <translation>Ninguém mais a conhece: no ecrã aparece como pontos.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>A palavra-passe precisa de pelo menos %n carácter, com uma letra e um algarismo.</numerusform>
            <numerusform>A palavra-passe precisa de pelo menos %n caracteres, com uma letra e um algarismo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter.</source>
        <translation>
            <numerusform>A palavra-passe precisa de pelo menos %n carácter, com uma letra.</numerusform>
            <numerusform>A palavra-passe precisa de pelo menos %n caracteres, com uma letra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a digit.</source>
        <translation>
            <numerusform>A palavra-passe precisa de pelo menos %n carácter, com um algarismo.</numerusform>
            <numerusform>A palavra-passe precisa de pelo menos %n caracteres, com um algarismo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>A palavra-passe precisa de pelo menos %n carácter.</numerusform>
            <numerusform>A palavra-passe precisa de pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Purchase</source>
        <extracomment>The English names (translated where shown: operation_name()).</extracomment>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Pontos resgatados</translation>
    </message>
    <message>
        <source>Credit spent</source>
        <translation>Crédito gasto</translation>
    </message>
    <message>
        <source>Credit top-up</source>
        <translation>Carregamento de crédito</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Points to voucher</source>
        <translation>Pontos em vale</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Prémio</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bónus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Talão</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Live from the loyalty server, at an unknown time.</source>
        <translation>Dados do servidor de fidelização, hora desconhecida.</translation>
    </message>
    <message>
        <source>From this terminal, at an unknown time: checking with the loyalty server…</source>
        <translation>Dados deste terminal, hora desconhecida: a confirmar com o servidor de fidelização…</translation>
    </message>
    <message>
        <source>From this terminal, at an unknown time: the loyalty server cannot be reached.</source>
        <translation>Dados deste terminal, hora desconhecida: o servidor de fidelização não está acessível.</translation>
    </message>
    <message>
        <source>Live from the loyalty server, {time} ({age}).</source>
        <translation>Dados do servidor de fidelização, {time} ({age}).</translation>
    </message>
    <message>
        <source>From this terminal, as of {time} ({age}): checking with the loyalty server…</source>
        <translation>Dados deste terminal das {time} ({age}): a confirmar com o servidor de fidelização…</translation>
    </message>
    <message>
        <source>From this terminal, as of {time} ({age}): the loyalty server cannot be reached.</source>
        <translation>Dados deste terminal das {time} ({age}): o servidor de fidelização não está acessível.</translation>
    </message>
    <message>
        <source>({change} pending sync)</source>
        <translation>({change} por sincronizar)</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ATIVO</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>BLOQUEADO</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>SUBSTITUÍDO</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>DESCONHECIDO</translation>
    </message>
    <message>
        <source>Anonymous card (customer not registered)</source>
        <translation>Cartão anónimo (cliente não registado)</translation>
    </message>
    <message>
        <source>Name not kept on this terminal (shown when the loyalty server answers)</source>
        <translation>Nome não guardado neste terminal (aparece quando o servidor de fidelização responder)</translation>
    </message>
    <message>
        <source>Registered customer (no name given)</source>
        <translation>Cliente registado (sem nome indicado)</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Cartão {card}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>{status} — {reason}</source>
        <translation>{status} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} ponto</numerusform>
            <numerusform>{points} pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last movements: loading…</source>
        <translation>Últimos movimentos: a carregar…</translation>
    </message>
    <message>
        <source>Last movements (select one and press F4 to refund it):</source>
        <translation>Últimos movimentos (selecione um e prima F4 para o devolver):</translation>
    </message>
    <message>
        <source>Last movements: none yet.</source>
        <translation>Últimos movimentos: ainda nenhum.</translation>
    </message>
    <message>
        <source>Last movements, from this terminal: none kept here.</source>
        <translation>Últimos movimentos, deste terminal: nenhum guardado aqui.</translation>
    </message>
    <message>
        <source>Last movements, from this terminal as of {time} (select one and press F4 to refund it):</source>
        <translation>Últimos movimentos, deste terminal às {time} (selecione um e prima F4 para o devolver):</translation>
    </message>
    <message>
        <source>Last movements, from this terminal (select one and press F4 to refund it):</source>
        <translation>Últimos movimentos, deste terminal (selecione um e prima F4 para o devolver):</translation>
    </message>
    <message>
        <source>approved offline by a manager, pending sync</source>
        <translation>aprovado sem ligação por um gerente, por sincronizar</translation>
    </message>
    <message>
        <source>saved here, pending sync</source>
        <translation>guardado aqui, por sincronizar</translation>
    </message>
    <message>
        <source>FAILED: {reason}</source>
        <translation>FALHOU: {reason}</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>recusado pelo servidor</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>devolvido</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <source>of {receipt}</source>
        <translation>de {receipt}</translation>
    </message>
    <message numerus="yes">
        <source>%n active voucher(s)</source>
        <translation>
            <numerusform>%n vale ativo</numerusform>
            <numerusform>%n vales ativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) running</source>
        <translation>
            <numerusform>%n oferta em curso</numerusform>
            <numerusform>%n ofertas em curso</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>next to expire: {title} ({worth} off), on {date}</source>
        <translation>o próximo a expirar: {title} ({worth} de desconto), a {date}</translation>
    </message>
    <message>
        <source>next: {title} ({worth} off)</source>
        <translation>o próximo: {title} ({worth} de desconto)</translation>
    </message>
</context>
<context>
    <name>CustomerPinDialog</name>
    <message>
        <source>Send the code (Enter)</source>
        <translation>Enviar o código (Enter)</translation>
    </message>
    <message>
        <source>A one-time code goes to the e-mail or phone the customer gave the loyalty program; with it they choose a new PIN. This also unlocks a locked PIN.</source>
        <translation>Um código de utilização única segue para o e-mail ou telefone que o cliente indicou ao programa de fidelização; com ele, o cliente escolhe um novo PIN. Também desbloqueia um PIN bloqueado.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Reset it with a code</source>
        <translation>Esqueceu o PIN? Reponha-o com um código</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Enviar novo código</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Reset the customer&apos;s PIN</source>
        <translation>Repor o PIN do cliente</translation>
    </message>
    <message>
        <source>Change the customer&apos;s PIN</source>
        <translation>Alterar o PIN do cliente</translation>
    </message>
    <message>
        <source>{title} — card {card}</source>
        <translation>{title} — cartão {card}</translation>
    </message>
    <message>
        <source>Send the customer a one-time code.</source>
        <translation>Envie ao cliente um código de utilização única.</translation>
    </message>
    <message>
        <source>The two new PINs are different: type the new PIN again.</source>
        <translation>Os dois PIN novos são diferentes: introduza novamente o novo PIN.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>A enviar o código…</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to {address}; it works for %n minutes.</source>
        <translation>
            <numerusform>Foi enviado um código para {address}; é válido durante %n minuto.</numerusform>
            <numerusform>Foi enviado um código para {address}; é válido durante %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to the customer; it works for %n minutes.</source>
        <translation>
            <numerusform>Foi enviado um código ao cliente; é válido durante %n minuto.</numerusform>
            <numerusform>Foi enviado um código ao cliente; é válido durante %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: type your current PIN.</source>
        <translation>Cliente: introduza o seu PIN atual.</translation>
    </message>
    <message>
        <source>Customer: type your new PIN.</source>
        <translation>Cliente: introduza o novo PIN.</translation>
    </message>
    <message>
        <source>Customer: type the new PIN again.</source>
        <translation>Cliente: repita o novo PIN.</translation>
    </message>
    <message>
        <source>Type the code the customer received.</source>
        <translation>Introduza o código que o cliente recebeu.</translation>
    </message>
</context>
<context>
    <name>DataForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendário…</translation>
    </message>
    <message>
        <source>{field}: choose on a calendar</source>
        <translation>{field}: escolher no calendário</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-05-31.</source>
        <translation>Ano-mês-dia, por exemplo 1990-05-31.</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-05-31, or tap Calendar.</source>
        <translation>Ano-mês-dia, por exemplo 1990-05-31, ou toque em Calendário.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Os campos marcados com * são obrigatórios.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Concordo</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>Não concordo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>{field}, required</source>
        <translation>{field}, obrigatório</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Os seus consentimentos</translation>
    </message>
    <message>
        <source>Read each one and choose: you decide, nothing is ticked for you.</source>
        <translation>Leia cada um e escolha: a decisão é sua, nada vem assinalado.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>About you</source>
        <translation>Os seus dados</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Enter)</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Kiosk counter</source>
        <extracomment>The menu entry of the cashier&apos;s app, as the desktop&apos;s menu lists it (&quot;Kiosk&quot; is the app&apos;s name).</extracomment>
        <translation>Kiosk caixa</translation>
    </message>
    <message>
        <source>Loyalty counter</source>
        <extracomment>What the counter is, shown by some menus under or beside its name.</extracomment>
        <translation>Caixa de fidelização</translation>
    </message>
    <message>
        <source>Look up loyalty cards, record purchases, redeem points and credit</source>
        <extracomment>The counter&apos;s menu entry&apos;s tooltip.</extracomment>
        <translation>Procurar cartões de fidelização, registar compras, resgatar pontos e crédito</translation>
    </message>
    <message>
        <source>loyalty;card;points;shop;till;</source>
        <extracomment>Words a menu&apos;s search finds the counter by: separate them with &quot;;&quot; and end with &quot;;&quot; (no &quot;;&quot; inside a word).</extracomment>
        <translation>fidelização;cartão;pontos;loja;caixa;</translation>
    </message>
    <message>
        <source>Kiosk self-service</source>
        <extracomment>The menu entry of the customers&apos; self-service kiosk, as the desktop&apos;s menu lists it (&quot;Kiosk&quot; is the app&apos;s name).</extracomment>
        <translation>Kiosk self-service</translation>
    </message>
    <message>
        <source>Loyalty self-service kiosk</source>
        <extracomment>What the self-service kiosk is, shown by some menus under or beside its name.</extracomment>
        <translation>Quiosque de fidelização self-service</translation>
    </message>
    <message>
        <source>The customers&apos; own screen: their card, points, prizes and vouchers, full screen</source>
        <extracomment>The self-service kiosk&apos;s menu entry&apos;s tooltip.</extracomment>
        <translation>O ecrã dos clientes: o seu cartão, pontos, prémios e vales, em ecrã inteiro</translation>
    </message>
    <message>
        <source>loyalty;kiosk;self-service;touch;</source>
        <extracomment>Words a menu&apos;s search finds the self-service kiosk by: separate them with &quot;;&quot; and end with &quot;;&quot; (no &quot;;&quot; inside a word).</extracomment>
        <translation>fidelização;quiosque;self-service;tátil;</translation>
    </message>
    <message>
        <source>A desktop shortcut for the counter</source>
        <extracomment>The Windows installer&apos;s check box that adds a shortcut to the counter on the desktop.</extracomment>
        <translation>Um atalho para a caixa no ambiente de trabalho</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your account has no password: you sign in with your card and PIN. To add one, tap Join on the welcome screen and give this card&apos;s number.</source>
        <extracomment>Said to a customer who has no password (card and PIN only), instead of &quot;Change password&quot;.</extracomment>
        <translation>A sua conta não tem palavra-passe: entra com o cartão e o PIN. Para criar uma, toque em Aderir no ecrã inicial e indique o número deste cartão.</translation>
    </message>
    <message>
        <source>My details</source>
        <extracomment>The profile&apos;s addresses: changed only with a code sent to the new one, never typed into the form.</extracomment>
        <translation>Os meus dados</translation>
    </message>
    <message>
        <source>Tap a field to change it, then tap Save. Slide the form up to see more.</source>
        <translation>Toque num campo para o alterar e depois toque em Guardar. Deslize o formulário para cima para ver mais.</translation>
    </message>
    <message>
        <source>Change e-mail or mobile</source>
        <translation>Mudar e-mail ou telemóvel</translation>
    </message>
    <message>
        <source>My consents</source>
        <translation>Os meus consentimentos</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Mudar palavra-passe</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Looking up your details…</source>
        <translation>A procurar os seus dados…</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>Apagar {field}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>E-mail: {email}
Mobile: {mobile}</source>
        <translation>E-mail: {email}
Telemóvel: {mobile}</translation>
    </message>
    <message>
        <source>Something is missing or not right: see the words under the field.</source>
        <translation>Falta algo ou algo não está certo: veja a mensagem por baixo do campo.</translation>
    </message>
    <message>
        <source>Nothing to save: your details are as they were.</source>
        <translation>Nada a guardar: os seus dados estão como estavam.</translation>
    </message>
    <message>
        <source>Saving your details…</source>
        <translation>A guardar os seus dados…</translation>
    </message>
    <message>
        <source>Saved. Your details are up to date.</source>
        <translation>Guardado. Os seus dados estão atualizados.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Welcome!</source>
        <translation>Damos-lhe as boas-vindas!</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Concluído (Enter)</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to keep the card with you, or show this code at every purchase.</source>
        <translation>Leia o código QR com o telemóvel para ter o cartão sempre consigo, ou mostre este código em cada compra.</translation>
    </message>
    <message>
        <source>Print my card</source>
        <translation>Imprimir o meu cartão</translation>
    </message>
    <message>
        <source>Print the card (Ctrl+R)</source>
        <translation>Imprimir o cartão (Ctrl+R)</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Damos-lhe as boas-vindas, {name}!</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Enrol a customer</source>
        <translation>Registar um cliente</translation>
    </message>
    <message>
        <source>Change the address (Alt+B)</source>
        <translation>Alterar endereço (Alt+B)</translation>
    </message>
    <message>
        <source>Start again (Alt+N)</source>
        <translation>Recomeçar (Alt+N)</translation>
    </message>
    <message>
        <source>Try again (Alt+T)</source>
        <translation>Tentar de novo (Alt+T)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Seguinte (Enter)</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Alterar o endereço</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Looking for an unfinished enrolment…</source>
        <translation>A procurar um registo por concluir…</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Enviem-me um código</translation>
    </message>
    <message>
        <source>Send me the code</source>
        <translation>Enviem-me o código</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Verificar o código</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the PIN</source>
        <translation>Guardar o PIN</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Um momento…</translation>
    </message>
</context>
<context>
    <name>EraseAccountDialog</name>
    <message>
        <source>Delete the customer&apos;s account</source>
        <translation>Eliminar a conta do cliente</translation>
    </message>
    <message>
        <source>Card {card}: at the customer&apos;s request, their loyalty account is deleted for good. Their personal data is wiped, the card is blocked, their points and vouchers are lost; the movements are kept without anything that names them.</source>
        <translation>Cartão {card}: a pedido do cliente, a sua conta de fidelização é eliminada para sempre. Os dados pessoais são apagados, o cartão é bloqueado, os pontos e vales perdem-se; os movimentos ficam, sem nada que identifique o cliente.</translation>
    </message>
    <message>
        <source>It cannot be undone.</source>
        <translation>Não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Turn the PIN pad to the customer. Customer: type your PIN to delete your account.</source>
        <translation>Vire o teclado do PIN para o cliente. Cliente: introduza o seu PIN para eliminar a sua conta.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Deleting the account…</source>
        <translation>A eliminar a conta…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN: nothing was deleted. %n tries left before it locks.</source>
        <translation>
            <numerusform>PIN errado: nada foi eliminado. Resta %n tentativa antes do bloqueio.</numerusform>
            <numerusform>PIN errado: nada foi eliminado. Restam %n tentativas antes do bloqueio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: nothing was deleted. Reset it first (F12, then “Forgot the PIN?”).</source>
        <translation>O PIN está bloqueado após demasiadas tentativas erradas: nada foi eliminado. Reponha-o primeiro (F12 e depois «Esqueceu o PIN?»).</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: nothing was deleted. Try again later.</source>
        <translation>Não é possível contactar o servidor de fidelização agora: nada foi eliminado. Tente mais tarde.</translation>
    </message>
    <message>
        <source>Nothing was deleted: {why}</source>
        <translation>Nada foi eliminado: {why}</translation>
    </message>
</context>
<context>
    <name>EraseScreen</name>
    <message>
        <source>Your account is deleted</source>
        <extracomment>The goodbye finishes by itself (back to the attract screen) after this long.</extracomment>
        <translation>A sua conta foi eliminada</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Eliminar a minha conta</translation>
    </message>
    <message>
        <source>Deleting your loyalty account means:</source>
        <translation>Eliminar a sua conta de fidelização significa:</translation>
    </message>
    <message>
        <source>Your personal data (name, contacts, consents) is wiped.</source>
        <translation>Os seus dados pessoais (nome, contactos, consentimentos) são apagados.</translation>
    </message>
    <message>
        <source>Your card is blocked for good.</source>
        <translation>O seu cartão fica bloqueado para sempre.</translation>
    </message>
    <message>
        <source>Your points and vouchers are lost.</source>
        <translation>Perde os seus pontos e vales.</translation>
    </message>
    <message>
        <source>Your past purchases are kept for the shop&apos;s accounts, with nothing that names you.</source>
        <translation>As suas compras anteriores ficam na contabilidade da loja, sem nada que o identifique.</translation>
    </message>
    <message>
        <source>It cannot be undone.</source>
        <translation>Não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Your personal data is wiped and your card is blocked. This kiosk has forgotten you too.

Thank you for having been with us. Goodbye!</source>
        <translation>Os seus dados pessoais foram apagados e o seu cartão está bloqueado. Este quiosque também se esqueceu de si.

Obrigado por ter estado connosco. Adeus!</translation>
    </message>
    <message>
        <source>Type your PIN to delete your account for good.</source>
        <translation>Introduza o seu PIN para eliminar a sua conta para sempre.</translation>
    </message>
    <message>
        <source>Delete my account: the PIN confirms it next</source>
        <translation>Eliminar a minha conta: a seguir o PIN confirma</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>A eliminar a sua conta…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>PIN errado. Resta %n tentativa antes do bloqueio.</numerusform>
            <numerusform>PIN errado. Restam %n tentativas antes do bloqueio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Type it again.</source>
        <translation>PIN errado. Introduza-o novamente.</translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries: your account was not deleted. Go back to your card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code.</source>
        <translation>O seu PIN está bloqueado após demasiadas tentativas erradas: a conta não foi eliminada. Volte ao seu cartão e escolha «Alterar o meu PIN» e depois «Esqueceu-se do PIN?» para o repor com um código.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: your account was not deleted. Try again later.</source>
        <translation>Não é possível contactar o servidor de fidelização agora: a conta não foi eliminada. Tente mais tarde.</translation>
    </message>
    <message>
        <source>Your account was not deleted: {why}</source>
        <translation>A conta não foi eliminada: {why}</translation>
    </message>
</context>
<context>
    <name>FindScreen</name>
    <message>
        <source>Scan your card</source>
        <extracomment>The pause between the PIN&apos;s last digit and signing in: a scanner typing on goes on within it.</extracomment>
        <translation>Leia o seu cartão</translation>
    </message>
    <message>
        <source>Or type your card number, e-mail or phone.</source>
        <translation>Ou introduza o número do cartão, o e-mail ou o telemóvel.</translation>
    </message>
    <message>
        <source>Card number, e-mail or phone</source>
        <translation>Número do cartão, e-mail ou telemóvel</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue: find my card</source>
        <translation>Continuar: encontrar o meu cartão</translation>
    </message>
    <message>
        <source>Looking for your card…</source>
        <translation>A procurar o seu cartão…</translation>
    </message>
    <message>
        <source>Scan your card, or type its number, your e-mail or your phone.</source>
        <translation>Leia o cartão, ou introduza o número do cartão, o seu e-mail ou o seu telemóvel.</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join</source>
        <translation>Aderir</translation>
    </message>
</context>
<context>
    <name>KeptCardScreen</name>
    <message>
        <source>Your card</source>
        <translation>O seu cartão</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now. You can still show your card&apos;s codes here and see the last balance this kiosk knows. Signing in with your PIN, redeeming and joining must wait until the connection is back.</source>
        <translation>O servidor de fidelização não está acessível neste momento. Aqui pode continuar a mostrar os códigos do seu cartão e ver o último saldo que este quiosque conhece. Para entrar com o PIN, resgatar e registar-se, é preciso esperar que a ligação volte.</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} ponto</numerusform>
            <numerusform>{points} pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} · credit {money}</source>
        <translation>{points} · crédito {money}</translation>
    </message>
    <message>
        <source>The last balance this kiosk knows; it may have changed since.</source>
        <translation>O último saldo que este quiosque conhece; pode ter mudado entretanto.</translation>
    </message>
    <message>
        <source>Balance as of a moment ago.</source>
        <translation>Saldo de há instantes.</translation>
    </message>
    <message numerus="yes">
        <source>Balance as of %n minute(s) ago; it may have changed since.</source>
        <translation>
            <numerusform>Saldo de há %n minuto; pode ter mudado entretanto.</numerusform>
            <numerusform>Saldo de há %n minutos; pode ter mudado entretanto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance as of {moment}; it may have changed since.</source>
        <translation>Saldo de {moment}; pode ter mudado entretanto.</translation>
    </message>
</context>
<context>
    <name>KioskCardCodes</name>
    <message>
        <source>Card {card}</source>
        <translation>Cartão {card}</translation>
    </message>
</context>
<context>
    <name>KioskFace</name>
    <message>
        <source>⚠ Offline: scan your card to see its codes and last balance. Signing in, redeeming and joining need the connection and come back by themselves.</source>
        <translation>⚠ Sem ligação: leia o seu cartão para ver os códigos e o último saldo. Entrar, resgatar e aderir precisam da ligação e voltam por si.</translation>
    </message>
    <message numerus="yes">
        <source>Messages (%n new)</source>
        <translation>
            <numerusform>Mensagens (%n nova)</numerusform>
            <numerusform>Mensagens (%n novas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>Back</source>
        <extracomment>Before the words of a problem: a sign as well as the colour, never the colour alone. A label with this property set to True shows the customer&apos;s data: a wipe empties it. What a switched-on toggle shows beside its words: its state is never told by colour alone.</extracomment>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Done, sign out</source>
        <translation>Concluir, sair</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Loyalty kiosk</source>
        <extracomment>A line edit with this property set to True is typed into by its own means (no on-screen keyboard).</extracomment>
        <translation>Quiosque de fidelização</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Already registered</source>
        <translation>Cliente já registado</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>Fechar (Enter)</translation>
    </message>
    <message>
        <source>There is nothing to enrol: they keep using their card. Press Enter to close this window; the counter then shows their card.</source>
        <translation>Não há nada a registar: o cliente continua a usar o seu cartão. Prima Enter para fechar esta janela; a caixa mostra depois o cartão.</translation>
    </message>
    <message>
        <source>You are already registered: there is nothing to join. Keep using your card; to see it here, go back and choose &quot;I have a card&quot;.</source>
        <translation>Já está registado: não há nada para aderir. Continue a usar o seu cartão; para o ver aqui, volte atrás e escolha &quot;Tenho um cartão&quot;.</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>Manager PIN</source>
        <translation>PIN do gerente</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Repita-o:</translation>
    </message>
    <message>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>No manager PIN is set yet. Choose one now: {low} to {high} digits, typed twice. Staff will need it to discard operations and change settings.</source>
        <translation>Ainda não há PIN do gerente. Escolha-o agora: de {low} a {high} algarismos, escritos duas vezes. A equipa vai precisar dele para descartar operações e mudar definições.</translation>
    </message>
    <message>
        <source>New manager PIN:</source>
        <translation>Novo PIN do gerente:</translation>
    </message>
    <message>
        <source>Type the manager PIN {reason}.</source>
        <translation>Introduza o PIN do gerente {reason}.</translation>
    </message>
    <message>
        <source>This needs the manager: type the manager PIN.</source>
        <translation>É preciso o gerente: introduza o PIN do gerente.</translation>
    </message>
    <message>
        <source>Manager PIN:</source>
        <translation>PIN do gerente:</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong manager PINs: try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados PIN do gerente errados: tente de novo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados PIN do gerente errados: tente de novo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>PIN do gerente errado.</translation>
    </message>
    <message>
        <source>The manager PIN could not be saved; the log has the details.</source>
        <translation>Não foi possível guardar o PIN do gerente; os detalhes estão no registo.</translation>
    </message>
    <message>
        <source>The manager PIN could not be checked; the log has the details.</source>
        <translation>Não foi possível verificar o PIN do gerente; os detalhes estão no registo.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type it again in the second field.</source>
        <translation>Os PIN não coincidem: introduza-o de novo no segundo campo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message numerus="yes">
        <source>%n cards match. Choose one: arrows and Enter, or its number (1–{last}).</source>
        <translation>
            <numerusform>%n cartão corresponde. Escolha-o com as setas e Enter, ou pelo número (1–{last}).</numerusform>
            <numerusform>%n cartões correspondem. Escolha um com as setas e Enter, ou pelo número (1–{last}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}  ·  card {card}  ·  {points} points</source>
        <translation>
            <numerusform>{name}  ·  cartão {card}  ·  {points} ponto</numerusform>
            <numerusform>{name}  ·  cartão {card}  ·  {points} pontos</numerusform>
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
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Prizes</source>
        <extracomment>The tiles in their order: the face&apos;s name of the screen, the words on the tile (context &quot;MoreScreen&quot;). One line per screen, its words marked for lupdate; the face answers `chosen` with the screen named here.</extracomment>
        <translation>Prémios</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Jogar</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Medalhas</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Lojas</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Os meus dados</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Eliminar a minha conta</translation>
    </message>
    <message>
        <source>More for you</source>
        <translation>Mais para si</translation>
    </message>
</context>
<context>
    <name>MyCardScreen</name>
    <message>
        <source>Change my PIN</source>
        <translation>Alterar o meu PIN</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Offers for you</source>
        <translation>Ofertas para si</translation>
    </message>
    <message>
        <source>My vouchers</source>
        <translation>Os meus vales</translation>
    </message>
    <message>
        <source>More for you</source>
        <translation>Mais para si</translation>
    </message>
    <message>
        <source>More for you: prizes, games, news, shops, my details</source>
        <translation>Mais para si: prémios, jogos, notícias, lojas, os meus dados</translation>
    </message>
    <message>
        <source>Your last movements</source>
        <translation>Os seus últimos movimentos</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>Ainda sem movimentos.</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Olá, {name}</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>O seu cartão</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} ponto</numerusform>
            <numerusform>{points} pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth {money} when you redeem them</source>
        <translation>Valem {money} quando os resgatar</translation>
    </message>
    <message>
        <source>Credit: {money}</source>
        <translation>Crédito: {money}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>{when}, {what}: points {points}, credit {credit}</source>
        <translation>{when}, {what}: pontos {points}, crédito {credit}</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>Messages</source>
        <extracomment>Before the word &quot;New&quot; on an item not yet read: a sign as well as the bold, never the look alone.</extracomment>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Messages for you, newest first. Tap “Read” to open one.</source>
        <translation>As mensagens para si, das mais recentes. Toque em “Ler” para abrir uma.</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>News from the shop, newest first. Tap “Read” to open one.</source>
        <translation>As novidades da loja, das mais recentes. Toque em “Ler” para abrir uma.</translation>
    </message>
    <message>
        <source>Looking for your messages…</source>
        <translation>A procurar as suas mensagens…</translation>
    </message>
    <message>
        <source>Looking for the news…</source>
        <translation>A procurar as novidades…</translation>
    </message>
    <message>
        <source>You have no messages.</source>
        <translation>Não tem mensagens.</translation>
    </message>
    <message>
        <source>There is no news right now.</source>
        <translation>De momento não há novidades.</translation>
    </message>
    <message>
        <source>{sign} New</source>
        <translation>{sign} Novo</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Ler</translation>
    </message>
    <message>
        <source>Read: {title}</source>
        <translation>Ler: {title}</translation>
    </message>
    <message>
        <source>New: {title}</source>
        <translation>Novo: {title}</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>Recebida em {date}</translation>
    </message>
    <message>
        <source>Published on {date}</source>
        <translation>Publicado em {date}</translation>
    </message>
</context>
<context>
    <name>NotFoundPanel</name>
    <message>
        <source>Is the customer new? Enrol them, or give them a new card now and enrol later.</source>
        <translation>É um cliente novo? Registe-o já, ou entregue-lhe agora um cartão novo e registe-o mais tarde.</translation>
    </message>
    <message>
        <source>Enrol customer (F7)</source>
        <translation>Registar cliente (F7)</translation>
    </message>
    <message>
        <source>Issue new card (F8)</source>
        <translation>Emitir cartão novo (F8)</translation>
    </message>
    <message>
        <source>No customer found for “{text}”. {message}</source>
        <translation>Nenhum cliente encontrado para «{text}». {message}</translation>
    </message>
</context>
<context>
    <name>OffersScreen</name>
    <message>
        <source>Offers for you</source>
        <translation>Ofertas para si</translation>
    </message>
    <message>
        <source>What the shop offers you now. Slide the list up to see more.</source>
        <translation>O que a loja lhe oferece agora. Deslize a lista para cima para ver mais.</translation>
    </message>
    <message>
        <source>Looking for your offers…</source>
        <translation>A procurar as suas ofertas…</translation>
    </message>
    <message>
        <source>There are no offers for you right now. Come back soon!</source>
        <translation>De momento não há ofertas para si. Volte em breve!</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Condições: {terms}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Válida até {date}</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sem data de fim</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Teclado no ecrã</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maiúsculas</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translation>Números e símbolos</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Ocultar teclado</translation>
    </message>
</context>
<context>
    <name>PasswordScreen</name>
    <message>
        <source>Change password</source>
        <translation>Mudar palavra-passe</translation>
    </message>
    <message>
        <source>Your current password:</source>
        <translation>A palavra-passe atual:</translation>
    </message>
    <message>
        <source>Your new password:</source>
        <translation>A nova palavra-passe:</translation>
    </message>
    <message>
        <source>The new password again:</source>
        <translation>A nova palavra-passe outra vez:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>Pelo menos %n carácter, com uma letra e um algarismo.</numerusform>
            <numerusform>Pelo menos %n caracteres, com uma letra e um algarismo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Pelo menos %n carácter.</numerusform>
            <numerusform>Pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Escreva primeiro a palavra-passe atual.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>A mudar a palavra-passe…</translation>
    </message>
    <message>
        <source>Done: your password is changed. Use the new one from now on.</source>
        <translation>Feito: a palavra-passe foi alterada. A partir de agora use a nova.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Never use your bank card&apos;s PIN here.</source>
        <translation>Nunca use aqui o PIN do seu cartão bancário.</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>Teclado do PIN</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Algarismo {digit}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Limpar o PIN</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Apagar o último algarismo</translation>
    </message>
    <message>
        <source>PIN: {typed} {of_length} digits typed</source>
        <translation>PIN: algarismos introduzidos, {typed} {of_length}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>one</source>
        <translation>um</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dois</translation>
    </message>
    <message>
        <source>three</source>
        <translation>três</translation>
    </message>
    <message>
        <source>four</source>
        <translation>quatro</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinco</translation>
    </message>
    <message>
        <source>six</source>
        <translation>seis</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sete</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>oito</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>nove</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>dez</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>onze</translation>
    </message>
    <message>
        <source>twelve</source>
        <translation>doze</translation>
    </message>
    <message>
        <source>of three</source>
        <translation>de três</translation>
    </message>
    <message>
        <source>of four</source>
        <translation>de quatro</translation>
    </message>
    <message>
        <source>of five</source>
        <translation>de cinco</translation>
    </message>
    <message>
        <source>of six</source>
        <translation>de seis</translation>
    </message>
    <message>
        <source>of seven</source>
        <translation>de sete</translation>
    </message>
    <message>
        <source>of eight</source>
        <translation>de oito</translation>
    </message>
    <message>
        <source>of nine</source>
        <translation>de nove</translation>
    </message>
    <message>
        <source>of ten</source>
        <translation>de dez</translation>
    </message>
    <message>
        <source>of eleven</source>
        <translation>de onze</translation>
    </message>
    <message>
        <source>of twelve</source>
        <translation>de doze</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choose your PIN</source>
        <translation>Escolha o seu PIN</translation>
    </message>
    <message>
        <source>Save the PIN (Enter)</source>
        <translation>Guardar o PIN (Enter)</translation>
    </message>
    <message>
        <source>Your new PIN:</source>
        <translation>O seu novo PIN:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Introduza-o novamente:</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n digits that only you know. You type them at the till to spend your points or credit.</source>
        <translation>
            <numerusform>Escolha %n algarismo que mais ninguém conheça. Vai introduzi-lo na caixa para gastar pontos ou saldo.</numerusform>
            <numerusform>Escolha %n algarismos que mais ninguém conheça. Vai introduzi-los na caixa para gastar pontos ou saldo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign in with this PIN</source>
        <translation>Entrar com este PIN</translation>
    </message>
    <message>
        <source>Forgot your PIN?</source>
        <translation>Esqueceu-se do PIN?</translation>
    </message>
    <message>
        <source>Forgot your PIN? Get a code to set a new one</source>
        <translation>Esqueceu-se do PIN? Receba um código para definir um novo</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>A entrar…</translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation>Introduza o seu PIN</translation>
    </message>
    <message>
        <source>Set your PIN</source>
        <translation>Defina o seu PIN</translation>
    </message>
    <message>
        <source>Your PIN is locked</source>
        <translation>O seu PIN está bloqueado</translation>
    </message>
    <message>
        <source>Set my PIN</source>
        <translation>Definir o meu PIN</translation>
    </message>
    <message>
        <source>Reset my PIN</source>
        <translation>Repor o meu PIN</translation>
    </message>
    <message>
        <source>Set my PIN with a code sent to me</source>
        <translation>Definir o meu PIN com um código que me é enviado</translation>
    </message>
    <message>
        <source>Reset my PIN with a code sent to me</source>
        <translation>Repor o meu PIN com um código que me é enviado</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Cartão {card}</translation>
    </message>
    <message>
        <source>Card ending in {digits}</source>
        <translation>Cartão terminado em {digits}</translation>
    </message>
    <message>
        <source>This card has no PIN yet. Set one now with a code we send to you.</source>
        <translation>Este cartão ainda não tem PIN. Defina-o agora com um código que lhe enviamos.</translation>
    </message>
    <message>
        <source>This card&apos;s PIN is locked after too many wrong tries. Reset it with a code we send to you.</source>
        <translation>O PIN deste cartão está bloqueado após demasiadas tentativas erradas. Reponha-o com um código que lhe enviamos.</translation>
    </message>
    <message numerus="yes">
        <source>Type all %n digits of your PIN.</source>
        <translation>
            <numerusform>Introduza o PIN completo: %n algarismo.</numerusform>
            <numerusform>Introduza o PIN completo: %n algarismos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries. Reset it with a code we send to you.</source>
        <translation>O seu PIN está bloqueado após demasiadas tentativas erradas. Reponha-o com um código que lhe enviamos.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>PIN errado. Resta %n tentativa antes do bloqueio.</numerusform>
            <numerusform>PIN errado. Restam %n tentativas antes do bloqueio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now, so you cannot sign in. Try again later, or scan your card to see its codes.</source>
        <translation>O servidor de fidelização não está acessível neste momento, por isso não pode entrar. Tente mais tarde, ou leia o cartão para ver os códigos dele.</translation>
    </message>
    <message>
        <source>Type your PIN on the keys.</source>
        <translation>Introduza o PIN nas teclas.</translation>
    </message>
</context>
<context>
    <name>PlayScreen</name>
    <message>
        <source>Play and win</source>
        <translation>Jogue e ganhe</translation>
    </message>
    <message>
        <source>Each play is a chance to win a voucher. The result shows at once.</source>
        <translation>Cada jogada é uma oportunidade de ganhar um vale. O resultado aparece logo.</translation>
    </message>
    <message>
        <source>My vouchers</source>
        <translation>Os meus vales</translation>
    </message>
    <message>
        <source>Back to the games</source>
        <translation>Voltar aos jogos</translation>
    </message>
    <message>
        <source>Looking for the games…</source>
        <translation>A procurar os jogos…</translation>
    </message>
    <message>
        <source>There is no game to play right now. Come back soon!</source>
        <translation>De momento não há jogos. Volte em breve!</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Condições: {terms}</translation>
    </message>
    <message numerus="yes">
        <source>You have %Ln play(s) left.</source>
        <translation>
            <numerusform>Resta-lhe %Ln jogada.</numerusform>
            <numerusform>Restam-lhe %Ln jogadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Jogar</translation>
    </message>
    <message>
        <source>Play {contest}</source>
        <translation>Jogar: {contest}</translation>
    </message>
    <message>
        <source>No plays left</source>
        <translation>Sem jogadas</translation>
    </message>
    <message>
        <source>No plays left in {contest}</source>
        <translation>Já não tem jogadas em {contest}</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>A jogar…</translation>
    </message>
    <message>
        <source>The answer was lost on the way. Tap “Play” again to see your result: it will not use another play.</source>
        <translation>A resposta perdeu-se pelo caminho. Toque outra vez em «Jogar» para ver o resultado: não gasta outra jogada.</translation>
    </message>
    <message>
        <source>You won!</source>
        <translation>Ganhou!</translation>
    </message>
    <message>
        <source>{voucher}: {worth}. It is in My vouchers.</source>
        <translation>{voucher}: {worth}. Já está em Os meus vales.</translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation>Desta vez não foi.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you for playing. You have %Ln play(s) left.</source>
        <translation>
            <numerusform>Obrigado por jogar. Resta-lhe %Ln jogada.</numerusform>
            <numerusform>Obrigado por jogar. Restam-lhe %Ln jogadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>{percent}% de desconto</translation>
    </message>
    <message>
        <source>{worth}, use it by {date}</source>
        <translation>{worth}, use até {date}</translation>
    </message>
</context>
<context>
    <name>PointsVoucherScreen</name>
    <message>
        <source>Turn points into a voucher</source>
        <translation>Trocar pontos por um vale</translation>
    </message>
    <message>
        <source>The points are taken from your card at once, and the voucher goes into your wallet. It cannot be turned back into points.</source>
        <translation>Os pontos são descontados logo do seu cartão e o vale vai para a sua carteira. Não pode voltar a ser convertido em pontos.</translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation>Introduza o seu PIN para confirmar.</translation>
    </message>
    <message>
        <source>{points} points → a voucher worth {money}</source>
        <translation>{points} pontos → um vale de {money}</translation>
    </message>
    <message>
        <source>Making your voucher…</source>
        <translation>A criar o seu vale…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before it locks.</source>
        <translation>
            <numerusform>PIN errado. Resta %n tentativa antes de ser bloqueado.</numerusform>
            <numerusform>PIN errado. Restam %n tentativas antes de ser bloqueado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Type it again.</source>
        <translation>PIN errado. Introduza-o novamente.</translation>
    </message>
    <message>
        <source>Your PIN is locked after too many wrong tries: no points were taken. Go back to your card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code.</source>
        <translation>O seu PIN está bloqueado após demasiadas tentativas erradas: não foram descontados pontos. Volte ao seu cartão e escolha “Alterar o meu PIN” e depois “Esqueceu-se do PIN?” para o repor com um código.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: no voucher was made and no points were taken. Try again later.</source>
        <translation>O servidor de fidelização não está acessível agora: não foi criado nenhum vale nem descontados pontos. Tente mais tarde.</translation>
    </message>
    <message>
        <source>No voucher was made and no points were taken: {why}</source>
        <translation>Não foi criado nenhum vale nem descontados pontos: {why}</translation>
    </message>
</context>
<context>
    <name>PrintReceipt</name>
    <message>
        <source>Printing…</source>
        <translation>A imprimir…</translation>
    </message>
    <message>
        <source>Printed: please take it from the printer.</source>
        <translation>Impresso: retire-o da impressora, por favor.</translation>
    </message>
    <message>
        <source>The printer has run out of paper. Please ask a member of staff.</source>
        <translation>A impressora ficou sem papel. Por favor, peça ajuda a um funcionário.</translation>
    </message>
    <message>
        <source>The printer is open. Please ask a member of staff.</source>
        <translation>A impressora está aberta. Por favor, peça ajuda a um funcionário.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask a member of staff.</source>
        <translation>A impressora não está a funcionar de momento. Por favor, peça ajuda a um funcionário.</translation>
    </message>
</context>
<context>
    <name>PrintedWords</name>
    <message>
        <source>Printed. {warning}</source>
        <extracomment>States after which the receipt is in the customer&apos;s hand.</extracomment>
        <translation>Impresso. {warning}</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <source>No receipt printer</source>
        <translation>Sem impressora de talões</translation>
    </message>
    <message>
        <source>Network printer (type its address)</source>
        <translation>Impressora de rede (escreva o endereço)</translation>
    </message>
    <message>
        <source>Dummy (prints nothing: for trying the app)</source>
        <translation>Fictícia (não imprime nada: para experimentar a aplicação)</translation>
    </message>
    <message>
        <source>Address, e.g. 192.168.1.50 or 192.168.1.50:9100</source>
        <translation>Endereço, p. ex. 192.168.1.50 ou 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>A procurar impressoras…</translation>
    </message>
    <message>
        <source>Print a test slip</source>
        <translation>Imprimir um talão de teste</translation>
    </message>
    <message numerus="yes">
        <source>Printers found: %n.</source>
        <translation>
            <numerusform>Impressoras encontradas: %n.</numerusform>
            <numerusform>Impressoras encontradas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>A imprimir um talão de teste…</translation>
    </message>
</context>
<context>
    <name>PrizeRequestScreen</name>
    <message>
        <source>Request this prize</source>
        <translation>Pedir este prémio</translation>
    </message>
    <message>
        <source>In-store pick-up at this shop&apos;s counter. Until it is ready, you can cancel it in “My requests”.</source>
        <translation>Levantamento no balcão desta loja. Até estar pronto, pode cancelá-lo em «Os meus pedidos».</translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation>Introduza o PIN para confirmar.</translation>
    </message>
    <message>
        <source>{prize} for {points} points</source>
        <translation>{prize} por {points} pontos</translation>
    </message>
    <message>
        <source>Points left after it: {left}</source>
        <translation>Pontos que lhe restam depois: {left}</translation>
    </message>
    <message>
        <source>Requesting your prize…</source>
        <translation>A pedir o seu prémio…</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now: no prize was requested and no points were taken. Try again later.</source>
        <translation>Não é possível contactar o servidor de fidelização: nenhum prémio foi pedido e não foram descontados pontos. Tente mais tarde.</translation>
    </message>
    <message>
        <source>No prize was requested: {why}</source>
        <translation>Nenhum prémio foi pedido: {why}</translation>
    </message>
</context>
<context>
    <name>PrizeRequestsScreen</name>
    <message>
        <source>My prize requests</source>
        <translation>Os meus pedidos de prémios</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Sim, cancelar</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Não, manter</translation>
    </message>
    <message>
        <source>✓ Your prize is requested. We will have it ready for you at the counter.</source>
        <translation>✓ O seu prémio foi pedido. Vamos tê-lo pronto no balcão.</translation>
    </message>
    <message>
        <source>The answer was lost on the way. The kiosk is finding out whether your prize was requested: it will show here, never twice.</source>
        <translation>A resposta perdeu-se pelo caminho. O quiosque está a verificar se o prémio foi pedido: aparecerá aqui, nunca duas vezes.</translation>
    </message>
    <message>
        <source>Looking for your requests…</source>
        <translation>A procurar os seus pedidos…</translation>
    </message>
    <message>
        <source>You have not requested any prize yet.</source>
        <translation>Ainda não pediu nenhum prémio.</translation>
    </message>
    <message>
        <source>{points} points, requested on {date}</source>
        <translation>{points} pontos, pedido a {date}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request for {prize}</source>
        <translation>Cancelar o pedido de {prize}</translation>
    </message>
    <message>
        <source>Requested: the shop is getting it ready</source>
        <translation>Pedido: a loja está a prepará-lo</translation>
    </message>
    <message>
        <source>✓ Ready: collect it at the counter</source>
        <translation>✓ Pronto: levante-o no balcão</translation>
    </message>
    <message>
        <source>✓ Collected</source>
        <translation>✓ Levantado</translation>
    </message>
    <message>
        <source>Cancelled: the points were given back</source>
        <translation>Cancelado: os pontos foram devolvidos</translation>
    </message>
    <message>
        <source>Cancel your request for {prize}? The {points} points come back to your card.</source>
        <translation>Cancelar o pedido de {prize}? Os {points} pontos voltam para o seu cartão.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>✓ Cancelled: the points are back on your card.</source>
        <translation>✓ Cancelado: os pontos voltaram ao seu cartão.</translation>
    </message>
</context>
<context>
    <name>PrizesScreen</name>
    <message>
        <source>My requests</source>
        <translation>Os meus pedidos</translation>
    </message>
    <message>
        <source>My prize requests</source>
        <translation>Os meus pedidos de prémios</translation>
    </message>
    <message>
        <source>Choose a prize. Slide the list up to see more.</source>
        <translation>Escolha um prémio. Deslize a lista para cima para ver mais.</translation>
    </message>
    <message>
        <source>Prizes for your points</source>
        <translation>Prémios pelos seus pontos</translation>
    </message>
    <message>
        <source>Choose a kind of prize.</source>
        <translation>Escolha um tipo de prémio.</translation>
    </message>
    <message numerus="yes">
        <source>You have {points} points</source>
        <translation>
            <numerusform>Tem {points} ponto</numerusform>
            <numerusform>Tem {points} pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the prizes…</source>
        <translation>A procurar os prémios…</translation>
    </message>
    <message>
        <source>There are no prizes right now. Come back soon!</source>
        <translation>De momento não há prémios. Volte em breve!</translation>
    </message>
    <message>
        <source>There are no prizes of this kind right now.</source>
        <translation>De momento não há prémios deste tipo.</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} pontos</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Esgotado</translation>
    </message>
    <message>
        <source>✓ Your points are enough</source>
        <translation>✓ Os seus pontos chegam</translation>
    </message>
    <message numerus="yes">
        <source>You need %Ln more point(s)</source>
        <translation>
            <numerusform>Falta-lhe %Ln ponto</numerusform>
            <numerusform>Faltam-lhe %Ln pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Escolher</translation>
    </message>
    <message>
        <source>Choose {prize}</source>
        <translation>Escolher {prize}</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Save purchase (Enter)</source>
        <translation>Guardar compra (Enter)</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>número do talão</translation>
    </message>
    <message>
        <source>Type the amount to see the points it earns.</source>
        <translation>Introduza o valor para ver os pontos que ganha.</translation>
    </message>
    <message>
        <source>Amount ({currency}):</source>
        <translation>Valor ({currency}):</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Número do talão:</translation>
    </message>
    <message>
        <source>Working out the points…</source>
        <translation>A calcular os pontos…</translation>
    </message>
    <message>
        <source>{amount}: the points cannot be worked out offline yet; the server will count them.</source>
        <translation>{amount}: os pontos ainda não podem ser calculados sem ligação; o servidor vai contá-los.</translation>
    </message>
    <message numerus="yes">
        <source>{amount} earns {points} points.</source>
        <translation>
            <numerusform>{amount} dá direito a {points} ponto.</numerusform>
            <numerusform>{amount} dá direito a {points} pontos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{amount} earns about {points} points (campaign rule; the loyalty server confirms when it syncs).</source>
        <translation>
            <numerusform>{amount} dá direito a cerca de {points} ponto (regra da campanha; o servidor de fidelização confirma ao sincronizar).</numerusform>
            <numerusform>{amount} dá direito a cerca de {points} pontos (regra da campanha; o servidor de fidelização confirma ao sincronizar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>today {time}</source>
        <translation>hoje {time}</translation>
    </message>
    <message>
        <source>Send now (S)</source>
        <translation>Enviar já (S)</translation>
    </message>
    <message>
        <source>Nothing failed. Everything is saved and syncing.</source>
        <extracomment>In English, the source text; the dialog shows it translated.</extracomment>
        <translation>Nenhuma falha. Tudo está guardado e a sincronizar.</translation>
    </message>
    <message>
        <source>Operations queue</source>
        <translation>Fila de operações</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>A ler a fila…</translation>
    </message>
    <message>
        <source>Choose a row with the arrow keys. Retry (R) sends it again now; Discard (D) gives it up for good and needs the manager PIN.</source>
        <translation>Escolha uma linha com as setas. Repetir (R) volta a enviá-la já; Descartar (D) abandona-a de vez e pede o PIN do gerente.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Amount / points</source>
        <translation>Valor / pontos</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Motivo da falha</translation>
    </message>
    <message>
        <source>Retry (R)</source>
        <translation>Repetir (R)</translation>
    </message>
    <message>
        <source>Send the chosen operation again now.</source>
        <translation>Voltar a enviar já a operação escolhida.</translation>
    </message>
    <message>
        <source>Send every waiting operation now, without waiting for the next try.</source>
        <translation>Enviar já todas as operações em espera, sem aguardar a próxima tentativa.</translation>
    </message>
    <message>
        <source>Discard… (D)</source>
        <translation>Descartar… (D)</translation>
    </message>
    <message>
        <source>Give up on the chosen operation for good (needs the manager PIN).</source>
        <translation>Desistir de vez da operação escolhida (precisa do PIN do gerente).</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Carregamento</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Pontos resgatados</translation>
    </message>
    <message>
        <source>Credit used</source>
        <translation>Crédito gasto</translation>
    </message>
    <message>
        <source>Points to voucher</source>
        <translation>Pontos em vale</translation>
    </message>
    <message>
        <source>{operation}, receipt {receipt}</source>
        <translation>{operation}, talão {receipt}</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} ponto</numerusform>
            <numerusform>{points} pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} credit</source>
        <translation>{money} de crédito</translation>
    </message>
    <message>
        <source>{waiting} waiting to sync · {failed} failed · {sent} sent · {discarded} discarded</source>
        <translation>Por sincronizar: {waiting} · Falhadas: {failed} · Enviadas: {sent} · Descartadas: {discarded}</translation>
    </message>
    <message>
        <source>{when}, card {card}: {effect}</source>
        <translation>{when}, cartão {card}: {effect}</translation>
    </message>
    <message>
        <source>Approved offline by a manager, waiting for the loyalty server: {operations}.</source>
        <translation>Aprovadas sem ligação por um gerente, à espera do servidor de fidelização: {operations}.</translation>
    </message>
    <message>
        <source>{operation} on card {card} will be sent again now.</source>
        <translation>{operation}, cartão {card}: a reenviar agora.</translation>
    </message>
    <message>
        <source>Waiting operations are being sent now.</source>
        <translation>A enviar as operações em espera.</translation>
    </message>
    <message>
        <source>{operation}, card {card}, {effect}</source>
        <translation>{operation}, cartão {card}, {effect}</translation>
    </message>
    <message>
        <source>{operation}, card {card}</source>
        <translation>{operation}, cartão {card}</translation>
    </message>
    <message>
        <source>to discard this operation ({what}): it will never reach the loyalty server</source>
        <translation>para descartar esta operação ({what}): nunca chegará ao servidor de fidelização</translation>
    </message>
    <message>
        <source>Nothing was discarded.</source>
        <translation>Nada foi descartado.</translation>
    </message>
    <message>
        <source>Discarded: {what}.</source>
        <translation>Descartada: {what}.</translation>
    </message>
</context>
<context>
    <name>ReceiptWords</name>
    <message>
        <source>Code: {code}</source>
        <translation>Código: {code}</translation>
    </message>
    <message>
        <source>Show this voucher at the till.</source>
        <translation>Mostre este vale na caixa.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Damos-lhe as boas-vindas, {name}!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Damos-lhe as boas-vindas!</translation>
    </message>
    <message>
        <source>Your loyalty card</source>
        <translation>O seu cartão de fidelização</translation>
    </message>
    <message>
        <source>Show this code at every purchase, or scan the QR code to keep the card on your phone.</source>
        <translation>Mostre este código em cada compra, ou leia o código QR para ter o cartão no telemóvel.</translation>
    </message>
    <message>
        <source>Test slip</source>
        <translation>Talão de teste</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>{width} mm, {columns} characters a line</source>
        <translation>{width} mm, {columns} caracteres por linha</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>If you can read this and the QR code scans, the printer is ready.</source>
        <translation>Se consegue ler isto e o código QR é lido, a impressora está pronta.</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeeming needs the connection to the loyalty server, which cannot be reached now.</source>
        <extracomment>English; the dialog says it translated.</extracomment>
        <translation>Para resgatar é preciso ligação ao servidor de fidelização, que agora não está acessível.</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Resgatar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redeem&lt;/b&gt; — card {card}, {name}</source>
        <translation>&lt;b&gt;Resgate&lt;/b&gt; — cartão {card}, {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redeem&lt;/b&gt; — card {card}</source>
        <translation>&lt;b&gt;Resgate&lt;/b&gt; — cartão {card}</translation>
    </message>
    <message>
        <source>Reset the PIN…</source>
        <translation>Repor o PIN…</translation>
    </message>
    <message>
        <source>Manager approval (offline)…</source>
        <translation>Aprovação do gerente (sem ligação)…</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Pontos</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>C&amp;rédito</translation>
    </message>
    <message>
        <source>Next: the customer&apos;s PIN (Enter)</source>
        <translation>Seguinte: PIN do cliente (Enter)</translation>
    </message>
    <message>
        <source>Customer: type your PIN to confirm.</source>
        <translation>Cliente: introduza o seu PIN para confirmar.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>points, e.g. 500</source>
        <translation>pontos, p. ex. 500</translation>
    </message>
    <message numerus="yes">
        <source>The card has {points} points to redeem.</source>
        <translation>
            <numerusform>O cartão tem {points} ponto para resgatar.</numerusform>
            <numerusform>O cartão tem {points} pontos para resgatar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {low} to {high} points; one point is worth {value}.</source>
        <translation>
            <numerusform>De {low} a {high} ponto; um ponto vale {value}.</numerusform>
            <numerusform>De {low} a {high} pontos; um ponto vale {value}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least {low} points are needed to redeem.</source>
        <translation>
            <numerusform>Para resgatar é preciso pelo menos {low} ponto.</numerusform>
            <numerusform>Para resgatar são precisos pelo menos {low} pontos.</numerusform>
        </translation>
    </message>
    <message>
        <source>amount in {currency}, e.g. {example}</source>
        <translation>valor em {currency}, p. ex. {example}</translation>
    </message>
    <message>
        <source>The card has {credit} of credit to spend.</source>
        <translation>O cartão tem {credit} de crédito para gastar.</translation>
    </message>
    <message>
        <source>Up to {credit}.</source>
        <translation>Até {credit}.</translation>
    </message>
    <message numerus="yes">
        <source>{points} points = {value}</source>
        <translation>
            <numerusform>{points} ponto = {value}</numerusform>
            <numerusform>{points} pontos = {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>{credit} of credit</source>
        <translation>{credit} de crédito</translation>
    </message>
    <message numerus="yes">
        <source>Redeem {points} points ({value})</source>
        <translation>
            <numerusform>Resgatar {points} ponto ({value})</numerusform>
            <numerusform>Resgatar {points} pontos ({value})</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeem {credit} of credit</source>
        <translation>Usar {credit} de crédito</translation>
    </message>
    <message>
        <source>Checking the PIN with the loyalty server…</source>
        <translation>A verificar o PIN com o servidor de fidelização…</translation>
    </message>
    <message>
        <source>{reason} {needs_server}</source>
        <translation>{reason} {needs_server}</translation>
    </message>
    <message numerus="yes">
        <source>Without the loyalty server at most {points} points may be redeemed on this card now.</source>
        <translation>
            <numerusform>Sem o servidor de fidelização pode resgatar agora no máximo {points} ponto neste cartão.</numerusform>
            <numerusform>Sem o servidor de fidelização pode resgatar agora no máximo {points} pontos neste cartão.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to approve redeeming {points} points ({value}) without the customer&apos;s PIN, while offline</source>
        <translation>
            <numerusform>para aprovar o resgate de {points} ponto ({value}) sem o PIN do cliente, sem ligação</numerusform>
            <numerusform>para aprovar o resgate de {points} pontos ({value}) sem o PIN do cliente, sem ligação</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Não guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Refund (Enter)</source>
        <translation>Devolver (Enter)</translation>
    </message>
    <message>
        <source>Keep it (Esc)</source>
        <translation>Não devolver (Esc)</translation>
    </message>
    <message>
        <source>Refund the {what} of {amount} on receipt {receipt}?</source>
        <translation>Devolução: {what} de {amount}, talão {receipt}. Confirma?</translation>
    </message>
    <message>
        <source>Refund the {what} of {amount} (no receipt number)?</source>
        <translation>Devolução: {what} de {amount}, sem número de talão. Confirma?</translation>
    </message>
    <message>
        <source>Refund the {what} on receipt {receipt}?</source>
        <translation>Devolução: {what}, talão {receipt}. Confirma?</translation>
    </message>
    <message>
        <source>Refund the {what} (no receipt number)?</source>
        <translation>Devolução: {what}, sem número de talão. Confirma?</translation>
    </message>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} ponto</numerusform>
            <numerusform>{points} pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>{credit} credit</source>
        <translation>{credit} de crédito</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>This changes the card by {change}.</source>
        <translation>Alteração no cartão: {change}.</translation>
    </message>
</context>
<context>
    <name>ResetPinScreen</name>
    <message>
        <source>Set your PIN</source>
        <translation>Definir o PIN</translation>
    </message>
    <message>
        <source>Your card has no PIN yet. We send a one-time code to the e-mail or phone you gave us; with it you choose your PIN.</source>
        <translation>O seu cartão ainda não tem PIN. Enviamos um código de utilização única para o e-mail ou telemóvel que nos indicou; com ele escolhe o seu PIN.</translation>
    </message>
    <message>
        <source>Reset your PIN</source>
        <translation>Repor o PIN</translation>
    </message>
    <message>
        <source>We send a one-time code to the e-mail or phone you gave us; with it you choose a new PIN. This also unlocks a locked PIN.</source>
        <translation>Enviamos um código de utilização única para o e-mail ou telemóvel que nos indicou; com ele escolhe um novo PIN. Isto também desbloqueia um PIN bloqueado.</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Enviem-me um código</translation>
    </message>
    <message>
        <source>Send me a one-time code</source>
        <translation>Enviem-me um código de utilização única</translation>
    </message>
    <message>
        <source>Pad for the code</source>
        <translation>Teclado para o código</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Passo {number} de {count}</translation>
    </message>
    <message>
        <source>First, a one-time code.</source>
        <translation>Primeiro, um código de utilização única.</translation>
    </message>
    <message>
        <source>Type the code we sent you.</source>
        <translation>Introduza o código que lhe enviámos.</translation>
    </message>
    <message>
        <source>Type your new PIN.</source>
        <translation>Introduza o novo PIN.</translation>
    </message>
    <message>
        <source>Type your new PIN again.</source>
        <translation>Introduza novamente o novo PIN.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>A enviar o código…</translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to {address}. It works for %n minutes.</source>
        <translation>
            <numerusform>Enviámos um código para {address}. É válido durante %n minuto.</numerusform>
            <numerusform>Enviámos um código para {address}. É válido durante %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to the e-mail or phone you gave us. It works for %n minutes.</source>
        <translation>
            <numerusform>Enviámos um código para o e-mail ou telemóvel que nos indicou. É válido durante %n minuto.</numerusform>
            <numerusform>Enviámos um código para o e-mail ou telemóvel que nos indicou. É válido durante %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send again (in %n s)</source>
        <translation>
            <numerusform>Enviar novamente (daqui a %n s)</numerusform>
            <numerusform>Enviar novamente (daqui a %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Enviar o código novamente</translation>
    </message>
    <message>
        <source>Setting your PIN…</source>
        <translation>A definir o PIN…</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>Go on where you were?</source>
        <translation>Continuar onde ficou?</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Continuar (Enter)</translation>
    </message>
    <message>
        <source>An enrolment for {customer} was not finished.</source>
        <translation>O registo de {customer} não foi concluído.</translation>
    </message>
    <message>
        <source>An enrolment was not finished.</source>
        <translation>Ficou um registo por concluir.</translation>
    </message>
    <message>
        <source>Press Enter to go on where it stopped (what was typed is kept; passwords and codes are asked again), or start again for someone else.</source>
        <translation>Prima Enter para continuar onde parou (o que foi escrito mantém-se; palavras-passe e códigos são pedidos de novo), ou recomece para outra pessoa.</translation>
    </message>
    <message>
        <source>It stopped at the password and the code.</source>
        <translation>Parou na palavra-passe e no código.</translation>
    </message>
    <message>
        <source>It stopped at the customer&apos;s details.</source>
        <translation>Parou nos dados do cliente.</translation>
    </message>
    <message>
        <source>It stopped at the choice of the PIN.</source>
        <translation>Parou na escolha do PIN.</translation>
    </message>
</context>
<context>
    <name>SaveReport</name>
    <message numerus="yes">
        <source>{points} points</source>
        <translation>
            <numerusform>{points} ponto</numerusform>
            <numerusform>{points} pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} credit</source>
        <translation>{money} de crédito</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <source>{operation} ({change})</source>
        <translation>{operation} ({change})</translation>
    </message>
    <message>
        <source>Saved: {operation}, pending sync.</source>
        <translation>Guardado: {operation}, a aguardar sincronização.</translation>
    </message>
    <message>
        <source>Synced: {operation}.</source>
        <translation>Sincronizado: {operation}.</translation>
    </message>
    <message>
        <source>The loyalty server refused an operation saved here: {reason} Staff can see it in the queue (F9).</source>
        <translation>O servidor de fidelização recusou uma operação guardada aqui: {reason} A equipa pode vê-la na fila (F9).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty server address:</source>
        <extracomment>The receipt printer&apos;s settings, shown on their own page.</extracomment>
        <translation>Endereço do servidor de fidelização:</translation>
    </message>
    <message>
        <source>Api key:</source>
        <translation>Chave da API:</translation>
    </message>
    <message>
        <source>Campaign number:</source>
        <translation>Número da campanha:</translation>
    </message>
    <message>
        <source>Terminal serial number:</source>
        <translation>Número de série do terminal:</translation>
    </message>
    <message>
        <source>Terminal user name:</source>
        <translation>Nome de utilizador do terminal:</translation>
    </message>
    <message>
        <source>Terminal password:</source>
        <translation>Palavra-passe do terminal:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Wipe the customer&apos;s screen after (seconds):</source>
        <translation>Limpar o ecrã do cliente após (segundos):</translation>
    </message>
    <message>
        <source>Country of phone numbers:</source>
        <translation>País dos números de telefone:</translation>
    </message>
    <message>
        <source>PIN pad:</source>
        <translation>Teclado do PIN:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Cores:</translation>
    </message>
    <message>
        <source>As the computer&apos;s (light or dark)</source>
        <translation>Como o computador (claro ou escuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Receipt printer:</source>
        <translation>Impressora de talões:</translation>
    </message>
    <message>
        <source>Paper roll:</source>
        <translation>Rolo de papel:</translation>
    </message>
    <message>
        <source>Printer model:</source>
        <translation>Modelo da impressora:</translation>
    </message>
    <message>
        <source>Slip:</source>
        <translation>Comprovativo:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>https://…  (empty: built-in sandbox)</source>
        <translation>https://…  (vazio: sandbox integrada)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Shuffle the digits each time</source>
        <translation>Baralhar os dígitos de cada vez</translation>
    </message>
    <message>
        <source>{width} mm</source>
        <translation>{width} mm</translation>
    </message>
    <message>
        <source>Print it on the receipt printer as soon as it is saved</source>
        <translation>Imprimi-lo na impressora de talões assim que é guardado</translation>
    </message>
    <message>
        <source>Receipt printer…</source>
        <translation>Impressora de talões…</translation>
    </message>
    <message>
        <source>Test connection (Ctrl+T)</source>
        <translation>Testar ligação (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Set when the app was started, and stronger than what is saved here: {names}.</source>
        <translation>Definidos ao iniciar a aplicação, prevalecem sobre o que for guardado aqui: {names}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <source>Leave them empty to keep the ones saved, in this computer&apos;s keyring.</source>
        <translation>Deixe-os vazios para manter os guardados, no porta-chaves deste computador.</translation>
    </message>
    <message>
        <source>Leave them empty to keep the ones saved, in the settings file only the app&apos;s user can read.</source>
        <translation>Deixe-os vazios para manter os guardados, no ficheiro de definições que só o utilizador da aplicação pode ler.</translation>
    </message>
    <message>
        <source>Leave it empty to use the built-in sandbox with demo data (no real customers).</source>
        <translation>Deixe vazio para usar a sandbox integrada com dados de demonstração (sem clientes reais).</translation>
    </message>
    <message>
        <source>0 means never.</source>
        <translation>0 significa nunca.</translation>
    </message>
    <message>
        <source>Two letters, for example IT: used for phone numbers typed without +.</source>
        <translation>Duas letras, por exemplo PT: para os números de telefone escritos sem +.</translation>
    </message>
    <message>
        <source>Against smudges and onlookers; a customer used to the phone layout is slower with it.</source>
        <translation>Contra dedadas e olhares indiscretos; um cliente habituado à disposição do telefone fica mais lento.</translation>
    </message>
    <message>
        <source>An ESC/POS receipt printer by USB, serial port or network (port 9100).</source>
        <translation>Uma impressora de talões ESC/POS por USB, porta série ou rede (porta 9100).</translation>
    </message>
    <message>
        <source>&quot;default&quot; suits most printers; the model tells whether it prints QR codes itself.</source>
        <translation>&quot;default&quot; serve para a maioria das impressoras; o modelo indica se imprime os códigos QR por si.</translation>
    </message>
    <message>
        <source>With no address, the built-in sandbox starts with the app.</source>
        <translation>Sem endereço, a sandbox integrada arranca com a aplicação.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>A testar a ligação…</translation>
    </message>
    <message>
        <source>With a loyalty server address, also fill in: {fields}.</source>
        <translation>Com um endereço do servidor de fidelização, preencha também: {fields}.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to go on</source>
        <translation>Inicie sessão para continuar</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Continuar (Enter)</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>A sua palavra-passe:</translation>
    </message>
    <message>
        <source>Signing in as {username}.</source>
        <translation>A iniciar sessão como {username}.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Saved on this terminal — will sync with the loyalty server.</source>
        <translation>Guardado neste terminal — será sincronizado com o servidor de fidelização.</translation>
    </message>
    <message>
        <source>Synced with the loyalty server.</source>
        <translation>Sincronizado com o servidor de fidelização.</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Comprovativo</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimir (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+R)</source>
        <translation>Imprimir talão (Ctrl+R)</translation>
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
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Talão</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>by a manager, offline</source>
        <translation>por um gerente, sem ligação</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>Pontos atuais</translation>
    </message>
    <message>
        <source>Credit now</source>
        <translation>Crédito atual</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>{change} (expected)</source>
        <translation>{change} (a confirmar)</translation>
    </message>
    <message>
        <source>{balance} ({change} pending sync)</source>
        <translation>{balance} ({change} por sincronizar)</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Cartão de cliente</translation>
    </message>
    <message>
        <source>Refused by the loyalty server, nothing was applied: {reason}</source>
        <translation>Recusado pelo servidor de fidelização, nada foi aplicado: {reason}</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Imprimir o comprovativo</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff</source>
        <translation>Funcionários</translation>
    </message>
    <message>
        <source>Type the manager PIN to open the staff menu.</source>
        <translation>Introduza o PIN do gerente para abrir o menu dos funcionários.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN do gerente</translation>
    </message>
    <message>
        <source>Open the staff menu</source>
        <translation>Abrir o menu dos funcionários</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Voltar aos clientes</translation>
    </message>
    <message>
        <source>No manager PIN is set on this kiosk, so the staff menu stays shut. Set one from the desktop with: kiosk settings manager-pin</source>
        <translation>Este quiosque não tem PIN do gerente, por isso o menu dos funcionários fica fechado. Defina-o no ambiente de trabalho com: kiosk settings manager-pin</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Wrong manager PIN.</source>
        <translation>PIN do gerente errado.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong manager PINs: try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados PIN do gerente errados: tente de novo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados PIN do gerente errados: tente de novo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manager PIN could not be checked; the log has the details.</source>
        <translation>Não foi possível verificar o PIN do gerente; os detalhes estão no registo.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff menu</source>
        <translation>Menu dos funcionários</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Testar a ligação</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Reiniciar o quiosque</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Sair para o ambiente de trabalho</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Voltar aos clientes</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Com ligação</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <source>The loyalty server is in trouble</source>
        <translation>O servidor de fidelização está com problemas</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to sync</source>
        <translation>
            <numerusform>%n operação à espera de sincronização</numerusform>
            <numerusform>%n operações à espera de sincronização</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n recusada</numerusform>
            <numerusform>%n recusadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync failed; the log has the details.</source>
        <translation>A sincronização falhou; os detalhes estão no registo.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>A testar a ligação…</translation>
    </message>
    <message>
        <source>The test could not run; the log has the details.</source>
        <translation>Não foi possível fazer o teste; os detalhes estão no registo.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Enrol a customer</source>
        <translation>Registar um cliente</translation>
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation>Verificar (Enter)</translation>
    </message>
    <message>
        <source>Card number, e-mail or mobile</source>
        <translation>N.º do cartão, e-mail ou telemóvel</translation>
    </message>
    <message>
        <source>The customer&apos;s card number, e-mail or mobile number:</source>
        <translation>Número do cartão, e-mail ou telemóvel do cliente:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Aderir</translation>
    </message>
    <message>
        <source>Your e-mail or mobile number (or the number of a card you were given):</source>
        <translation>O seu e-mail ou número de telemóvel (ou o número de um cartão que recebeu):</translation>
    </message>
    <message>
        <source>name@example.com or 333 123 4567</source>
        <translation>nome@exemplo.pt ou 912 345 678</translation>
    </message>
</context>
<context>
    <name>StillThereScreen</name>
    <message numerus="yes">
        <source>For your privacy the screen will be cleared in %n second(s).</source>
        <extracomment>How long the question waits for an answer (WCAG 2.2.1: at least 20 s is asked only of what cannot be extended; here &quot;Yes&quot; extends it, as often as the customer likes).</extracomment>
        <translation>
            <numerusform>Para sua privacidade, o ecrã será limpo dentro de %n segundo.</numerusform>
            <numerusform>Para sua privacidade, o ecrã será limpo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here</source>
        <translation>Sim, ainda estou aqui</translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here: more time</source>
        <translation>Sim, ainda estou aqui: mais tempo</translation>
    </message>
</context>
<context>
    <name>StoresScreen</name>
    <message>
        <source>Shops</source>
        <extracomment>The nearest shop this close to the kiosk&apos;s position is the shop the kiosk stands in.</extracomment>
        <translation>Lojas</translation>
    </message>
    <message>
        <source>This shop and the shops nearest to it. Tap “My shop” on the ones you use most.</source>
        <translation>Esta loja e as lojas mais próximas. Toque em “A minha loja” nas que mais frequenta.</translation>
    </message>
    <message>
        <source>Looking for the shops…</source>
        <translation>A procurar as lojas…</translation>
    </message>
    <message>
        <source>To show the shops near here, this kiosk needs your consent to the use of your position. You can give it in “My details”.</source>
        <translation>Para mostrar as lojas aqui perto, este quiosque precisa do seu consentimento para usar a sua localização. Pode dá-lo em “Os meus dados”.</translation>
    </message>
    <message>
        <source>This kiosk does not know where it stands, so it cannot list the shops near here.</source>
        <translation>Este quiosque não sabe onde está, por isso não pode mostrar as lojas aqui perto.</translation>
    </message>
    <message>
        <source>Your shops</source>
        <translation>As suas lojas</translation>
    </message>
    <message>
        <source>You have not chosen a shop of your own yet.</source>
        <translation>Ainda não escolheu a sua loja.</translation>
    </message>
    <message>
        <source>➤ This shop</source>
        <translation>➤ Esta loja</translation>
    </message>
    <message>
        <source>{address}, {city}</source>
        <translation>{address}, {city}</translation>
    </message>
    <message>
        <source>{distance} m away</source>
        <translation>a {distance} m daqui</translation>
    </message>
    <message>
        <source>{distance} km away</source>
        <translation>a {distance} km daqui</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>A minha loja</translation>
    </message>
    <message>
        <source>My shop: {name}, chosen</source>
        <translation>A minha loja: {name}, escolhida</translation>
    </message>
    <message>
        <source>My shop: {name}, not chosen</source>
        <translation>A minha loja: {name}, não escolhida</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Credit top-up</source>
        <translation>Carregamento de crédito</translation>
    </message>
    <message>
        <source>Top up (Enter)</source>
        <translation>Carregar (Enter)</translation>
    </message>
    <message>
        <source>Credit now: {credit}</source>
        <translation>Crédito atual: {credit}</translation>
    </message>
    <message>
        <source>Add credit ({currency}):</source>
        <translation>Adicionar crédito ({currency}):</translation>
    </message>
    <message>
        <source>Credit after the top-up: {credit}</source>
        <translation>Crédito após o carregamento: {credit}</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <source>Use a voucher</source>
        <translation>Usar um vale</translation>
    </message>
    <message>
        <source>Scan the voucher&apos;s QR code or type its code</source>
        <translation>Leia o código QR do vale ou escreva o código</translation>
    </message>
    <message>
        <source>Use it (Enter)</source>
        <translation>Usar (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Voucher code:</source>
        <translation>Código do vale:</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Número do talão:</translation>
    </message>
    <message>
        <source>Checking the voucher…</source>
        <translation>A verificar o vale…</translation>
    </message>
    <message>
        <source>{title}: {money} off</source>
        <translation>{title}: {money} de desconto</translation>
    </message>
    <message>
        <source>{title}: {percent}% off</source>
        <translation>{title}: {percent}% de desconto</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Válido até {date}.</translation>
    </message>
    <message>
        <source>Using the voucher…</source>
        <translation>A usar o vale…</translation>
    </message>
</context>
<context>
    <name>VoucherQrCode</name>
    <message>
        <source>Voucher QR code</source>
        <extracomment>The QR code of a voucher is at least this wide (mm): a till&apos;s scanner reads it off the glass. Round amounts of points offered for a voucher (the campaign&apos;s minimum is always one of the choices). At most this many amounts to choose from.</extracomment>
        <translation>Código QR do vale</translation>
    </message>
    <message>
        <source>QR code of voucher {code}</source>
        <translation>Código QR do vale {code}</translation>
    </message>
</context>
<context>
    <name>VouchersScreen</name>
    <message>
        <source>My vouchers</source>
        <translation>Os meus vales</translation>
    </message>
    <message>
        <source>Your vouchers: show the code or its QR code at the till</source>
        <translation>Os seus vales: mostre o código ou o código QR na caixa</translation>
    </message>
    <message>
        <source>✓ Your new voucher is ready: it is in the list below.</source>
        <translation>✓ O seu novo vale está pronto: está na lista abaixo.</translation>
    </message>
    <message>
        <source>The answer was lost on the way. This kiosk is finding out whether your voucher was made: if it was, it shows below. Your points are never taken twice.</source>
        <translation>A resposta perdeu-se pelo caminho. O quiosque está a verificar se o vale foi criado: se foi, aparece abaixo. Os seus pontos nunca são descontados duas vezes.</translation>
    </message>
    <message>
        <source>Looking for your vouchers…</source>
        <translation>A procurar os seus vales…</translation>
    </message>
    <message numerus="yes">
        <source>You have {points} points</source>
        <translation>
            <numerusform>Tem {points} ponto</numerusform>
            <numerusform>Tem {points} pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn points into a voucher: choose how many.</source>
        <translation>Troque pontos por um vale: escolha quantos.</translation>
    </message>
    <message>
        <source>A voucher takes at least {points} points: keep collecting!</source>
        <translation>Um vale precisa de pelo menos {points} pontos: continue a juntar!</translation>
    </message>
    <message>
        <source>{points} points → {money}</source>
        <translation>{points} pontos → {money}</translation>
    </message>
    <message>
        <source>Turn {points} points into a voucher worth {money}</source>
        <translation>Trocar {points} pontos por um vale de {money}</translation>
    </message>
    <message>
        <source>You have no vouchers yet.</source>
        <translation>Ainda não tem vales.</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Condições: {terms}</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Código: {code}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print voucher {code}</source>
        <translation>Imprimir o vale {code}</translation>
    </message>
    <message>
        <source>Worth {money}</source>
        <translation>Vale {money}</translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>{percent}% de desconto</translation>
    </message>
    <message>
        <source>Used on {date}</source>
        <translation>Usado em {date}</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Expirou em {date}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>✓ Active: use it by {date}</source>
        <translation>✓ Ativo: use-o até {date}</translation>
    </message>
    <message>
        <source>✓ Active: it does not expire</source>
        <translation>✓ Ativo: não expira</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo correu mal; os detalhes estão no registo.</translation>
    </message>
    <message>
        <source>The reason was not recorded.</source>
        <translation>O motivo não ficou registado.</translation>
    </message>
    <message>
        <source>nothing could be read.</source>
        <translation>não foi possível ler nada.</translation>
    </message>
    <message>
        <source>the kiosk cannot use it.</source>
        <translation>o quiosque não a pode usar.</translation>
    </message>
    <message>
        <source>this operation was NOT saved.</source>
        <translation>esta operação NÃO foi guardada.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <source>in {file}</source>
        <translation>em {file}</translation>
    </message>
    <message>
        <source>flag {flag}</source>
        <translation>opção {flag}</translation>
    </message>
    <message>
        <source>to be saved</source>
        <translation>a guardar</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinição</translation>
    </message>
    <message>
        <source>the api key</source>
        <translation>a chave da API</translation>
    </message>
    <message>
        <source>the campaign number</source>
        <translation>o número da campanha</translation>
    </message>
    <message>
        <source>the terminal&apos;s user name</source>
        <translation>o nome de utilizador do terminal</translation>
    </message>
    <message>
        <source>the terminal&apos;s password</source>
        <translation>a palavra-passe do terminal</translation>
    </message>
    <message>
        <source>the terminal&apos;s serial number</source>
        <translation>o número de série do terminal</translation>
    </message>
    <message>
        <source>Fill in first: {names}.</source>
        <translation>Preencha primeiro: {names}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>em espera</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>a ser enviada</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhada</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>This operation has changed meanwhile: nothing was changed.</source>
        <translation>Entretanto esta operação mudou: nada foi alterado.</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} ou {other}</translation>
    </message>
    <message>
        <source>This operation is {state}, not {wanted}: nothing was changed.</source>
        <translation>Esta operação está {state}, não {wanted}: nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter and a digit.</source>
        <translation>
            <numerusform>A palavra-passe precisa de pelo menos %n carácter, com uma letra e um algarismo.</numerusform>
            <numerusform>A palavra-passe precisa de pelo menos %n caracteres, com uma letra e um algarismo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a letter.</source>
        <translation>
            <numerusform>A palavra-passe precisa de pelo menos %n carácter, com uma letra.</numerusform>
            <numerusform>A palavra-passe precisa de pelo menos %n caracteres, com uma letra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters, with a digit.</source>
        <translation>
            <numerusform>A palavra-passe precisa de pelo menos %n carácter, com um algarismo.</numerusform>
            <numerusform>A palavra-passe precisa de pelo menos %n caracteres, com um algarismo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>A palavra-passe precisa de pelo menos %n carácter.</numerusform>
            <numerusform>A palavra-passe precisa de pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password needs a letter and a digit.</source>
        <translation>A palavra-passe precisa de uma letra e de um algarismo.</translation>
    </message>
    <message>
        <source>The password needs a letter.</source>
        <translation>A palavra-passe precisa de uma letra.</translation>
    </message>
    <message>
        <source>The password needs a digit.</source>
        <translation>A palavra-passe precisa de um algarismo.</translation>
    </message>
    <message>
        <source>The terminal could not sign in to the loyalty server: ask the shop manager to check the terminal&apos;s user, password, serial number and api key in the settings.</source>
        <translation>O terminal não conseguiu entrar no servidor de fidelização: peça ao gerente da loja que verifique nas definições o utilizador, a palavra-passe, o número de série e a chave da API do terminal.</translation>
    </message>
    <message>
        <source>The user name or password is not right: ask the customer to type them again.</source>
        <translation>O nome de utilizador ou a palavra-passe não estão corretos: peça ao cliente que os introduza de novo.</translation>
    </message>
    <message>
        <source>The connection to the loyalty server had to be renewed and failed: try again.</source>
        <translation>A ligação ao servidor de fidelização tinha de ser renovada e falhou: tente de novo.</translation>
    </message>
    <message>
        <source>The customer&apos;s session has expired: ask the customer to sign in again.</source>
        <translation>A sessão do cliente expirou: peça ao cliente que volte a entrar.</translation>
    </message>
    <message>
        <source>This terminal is not allowed to do that on the loyalty server: call support.</source>
        <translation>Este terminal não tem permissão para fazer isso no servidor de fidelização: contacte o apoio técnico.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries: wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Demasiadas tentativas: aguarde %n segundo e tente de novo.</numerusform>
            <numerusform>Demasiadas tentativas: aguarde %n segundos e tente de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait a while, then try again.</source>
        <translation>Demasiadas tentativas: aguarde um pouco e tente de novo.</translation>
    </message>
    <message>
        <source>The loyalty server refused the value of “{field}”: check it and try again.</source>
        <translation>O servidor de fidelização recusou o valor de «{field}»: verifique-o e tente de novo.</translation>
    </message>
    <message>
        <source>The loyalty server refused what was sent: check what was entered and try again.</source>
        <translation>O servidor de fidelização recusou o que foi enviado: verifique o que foi introduzido e tente de novo.</translation>
    </message>
    <message>
        <source>This card is not known to the loyalty program: scan it again or check the number.</source>
        <translation>Este cartão não consta do programa de fidelização: leia-o de novo ou verifique o número.</translation>
    </message>
    <message>
        <source>This card is blocked or was replaced: ask the customer for their current card.</source>
        <translation>Este cartão está bloqueado ou foi substituído: peça ao cliente o cartão atual.</translation>
    </message>
    <message>
        <source>That new card number is already in use: take another new card.</source>
        <translation>O número do cartão novo já está em uso: use outro cartão novo.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is not right (%n tries left): ask the customer to type it again.</source>
        <translation>
            <numerusform>O PIN não está correto (resta %n tentativa): peça ao cliente que o introduza de novo.</numerusform>
            <numerusform>O PIN não está correto (restam %n tentativas): peça ao cliente que o introduza de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is not right: ask the customer to type it again.</source>
        <translation>O PIN não está correto: peça ao cliente que o introduza de novo.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: the customer must reset it before redeeming.</source>
        <translation>O PIN está bloqueado após demasiadas tentativas erradas: o cliente tem de o repor antes de resgatar.</translation>
    </message>
    <message>
        <source>This card already has a PIN: the customer must type the current PIN to choose a new one.</source>
        <translation>Este cartão já tem PIN: para escolher um novo, o cliente tem de escrever o PIN atual.</translation>
    </message>
    <message>
        <source>There are not enough points on the card: check the balance and use fewer points.</source>
        <translation>O cartão não tem pontos suficientes: verifique o saldo e use menos pontos.</translation>
    </message>
    <message>
        <source>There is not enough credit on the card: check the balance and use less credit.</source>
        <translation>O cartão não tem crédito suficiente: verifique o saldo e use menos crédito.</translation>
    </message>
    <message>
        <source>This campaign does not allow this redemption without the customer&apos;s PIN: it is beyond what may be redeemed offline.</source>
        <translation>Esta campanha não permite este resgate sem o PIN do cliente: ultrapassa o que se pode resgatar sem ligação.</translation>
    </message>
    <message>
        <source>This customer has no e-mail or phone on file, so the PIN cannot be reset here: the customer must first add one to their account.</source>
        <translation>Este cliente não tem e-mail nem telefone registados, por isso o PIN não pode ser reposto aqui: o cliente tem primeiro de adicionar um à sua conta.</translation>
    </message>
    <message>
        <source>The code is not right: check it and type it again.</source>
        <translation>O código não está correto: verifique-o e introduza-o de novo.</translation>
    </message>
    <message>
        <source>The code has expired or was already used: ask for a new code.</source>
        <translation>O código expirou ou já foi usado: peça um código novo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries or codes: wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Demasiadas tentativas ou códigos: aguarde %n segundo e tente de novo.</numerusform>
            <numerusform>Demasiadas tentativas ou códigos: aguarde %n segundos e tente de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries or codes: wait a while, then ask for a new code.</source>
        <translation>Demasiadas tentativas ou códigos: aguarde um pouco e peça um código novo.</translation>
    </message>
    <message>
        <source>No customer was found: sign up as a new customer.</source>
        <translation>Nenhum cliente encontrado: registe-se como cliente novo.</translation>
    </message>
    <message>
        <source>This customer is already registered: sign in instead.</source>
        <translation>Este cliente já está registado: entre na conta em vez disso.</translation>
    </message>
    <message>
        <source>The loyalty server has no record of this operation: it was not applied.</source>
        <translation>O servidor de fidelização não tem registo desta operação: não foi aplicada.</translation>
    </message>
    <message>
        <source>This operation was already sent with different details: call support.</source>
        <translation>Esta operação já foi enviada com outros dados: contacte o apoio técnico.</translation>
    </message>
    <message>
        <source>The loyalty server is still working on this operation: wait a moment and check again.</source>
        <translation>O servidor de fidelização ainda está a processar esta operação: aguarde um momento e verifique de novo.</translation>
    </message>
    <message>
        <source>This movement cannot be reversed: it was already reversed or is itself a reversal.</source>
        <translation>Este movimento não pode ser anulado: já foi anulado ou é ele próprio uma anulação.</translation>
    </message>
    <message>
        <source>The movement to reverse is not known to the loyalty server: check the card&apos;s history.</source>
        <translation>O movimento a anular não é conhecido pelo servidor de fidelização: verifique o histórico do cartão.</translation>
    </message>
    <message>
        <source>This voucher code is not known: check it and type it again.</source>
        <translation>Este código de vale não é conhecido: verifique-o e introduza-o de novo.</translation>
    </message>
    <message>
        <source>This voucher was already used.</source>
        <translation>Este vale já foi usado.</translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation>Este vale expirou.</translation>
    </message>
    <message>
        <source>That is fewer points than a voucher takes: choose more points.</source>
        <translation>São menos pontos do que um vale exige: escolha mais pontos.</translation>
    </message>
    <message>
        <source>This prize is no longer in the catalogue.</source>
        <translation>Este prémio já não está no catálogo.</translation>
    </message>
    <message>
        <source>This prize has just run out: choose another one. No points were spent.</source>
        <translation>Este prémio acabou de esgotar: escolha outro. Não foram gastos pontos.</translation>
    </message>
    <message>
        <source>To have the prize sent, give the address to send it to.</source>
        <translation>Para receber o prémio por envio, indique a morada para onde o enviar.</translation>
    </message>
    <message>
        <source>This prize request is not known.</source>
        <translation>Este pedido de prémio não é conhecido.</translation>
    </message>
    <message>
        <source>This prize is already being prepared, so the request can no longer be cancelled.</source>
        <translation>Este prémio já está a ser preparado, por isso o pedido já não pode ser cancelado.</translation>
    </message>
    <message>
        <source>This game is over or not open yet.</source>
        <translation>Este jogo já terminou ou ainda não abriu.</translation>
    </message>
    <message>
        <source>You have no plays left in this game.</source>
        <translation>Já não tem jogadas disponíveis neste jogo.</translation>
    </message>
    <message>
        <source>This news item is no longer available.</source>
        <translation>Esta notícia já não está disponível.</translation>
    </message>
    <message>
        <source>This message is no longer available.</source>
        <translation>Esta mensagem já não está disponível.</translation>
    </message>
    <message>
        <source>This shop is no longer in the list.</source>
        <translation>Esta loja já não está na lista.</translation>
    </message>
    <message>
        <source>To see the shops near here, first allow the use of your position in My details.</source>
        <translation>Para ver as lojas aqui perto, autorize primeiro a utilização da sua localização em Os meus dados.</translation>
    </message>
    <message>
        <source>The password is not right: type your current password again.</source>
        <translation>A palavra-passe não está correta: escreva de novo a palavra-passe atual.</translation>
    </message>
    <message>
        <source>This account has no password: it was opened with the card only. Confirm with your PIN instead.</source>
        <translation>Esta conta não tem palavra-passe: foi aberta só com o cartão. Confirme com o PIN.</translation>
    </message>
    <message numerus="yes">
        <source>The loyalty server has a problem: try again in %n seconds.</source>
        <translation>
            <numerusform>O servidor de fidelização tem um problema: tente de novo daqui a %n segundo.</numerusform>
            <numerusform>O servidor de fidelização tem um problema: tente de novo daqui a %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loyalty server has a problem: try again in a moment.</source>
        <translation>O servidor de fidelização tem um problema: tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The loyalty server refused the request (error {code}): try again, and call support if it keeps happening.</source>
        <translation>O servidor de fidelização recusou o pedido (erro {code}): tente de novo e, se continuar, contacte o apoio técnico.</translation>
    </message>
    <message>
        <source>The loyalty server refused the request: try again, and call support if it keeps happening.</source>
        <translation>O servidor de fidelização recusou o pedido: tente de novo e, se continuar, contacte o apoio técnico.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached: check the network and try again.</source>
        <translation>Não é possível contactar o servidor de fidelização: verifique a rede e tente de novo.</translation>
    </message>
    <message>
        <source>The loyalty server did not answer: the operation may have gone through, so check it before doing it again.</source>
        <translation>O servidor de fidelização não respondeu: a operação pode ter sido feita, por isso verifique antes de a repetir.</translation>
    </message>
    <message>
        <source>The loyalty server sent an answer the terminal cannot read: try again, and call support if it keeps happening.</source>
        <translation>O servidor de fidelização enviou uma resposta que o terminal não consegue ler: tente de novo e, se continuar, contacte o apoio técnico.</translation>
    </message>
    <message>
        <source>The terminal&apos;s loyalty sign-in is not set up: ask the shop manager to enter it in the settings.</source>
        <translation>O acesso do terminal ao programa de fidelização não está configurado: peça ao gerente da loja que o introduza nas definições.</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk is full: {outcome} Free some space and try again.</source>
        <translation>O disco do terminal está cheio: {outcome} Liberte algum espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is read-only: {outcome} Check that the kiosk may write its data folder and that the disk has not switched to read-only.</source>
        <translation>A base de dados do terminal está só de leitura: {outcome} Verifique se o quiosque pode escrever na sua pasta de dados e se o disco não passou a só de leitura.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database stayed locked by another kiosk program for too long: {outcome} Try again; if it keeps happening, restart the terminal.</source>
        <translation>A base de dados do terminal ficou bloqueada demasiado tempo por outro programa do quiosque: {outcome} Tente de novo; se continuar, reinicie o terminal.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database is damaged: nothing was saved, and nothing will be until it is repaired. Run `kiosk store check` to see what is wrong and which backups there are, then `kiosk store restore BACKUP` with the newest good one; or call support. Do not delete the file.</source>
        <translation>A base de dados do terminal está danificada: nada foi guardado, nem será, até ser reparada. Execute `kiosk store check` para ver o que está mal e que cópias de segurança existem, depois `kiosk store restore BACKUP` com a mais recente em bom estado; ou contacte o apoio técnico. Não apague o ficheiro.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database cannot be opened: check that its data folder exists and may be written.</source>
        <translation>Não é possível abrir a base de dados do terminal: verifique se a pasta de dados existe e permite escrita.</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk reported an error: {outcome} Try again; if it keeps happening, call support.</source>
        <translation>O disco do terminal indicou um erro: {outcome} Tente de novo; se continuar, contacte o apoio técnico.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database failed unexpectedly: {outcome} Try again; if it keeps happening, call support.</source>
        <translation>A base de dados do terminal falhou inesperadamente: {outcome} Tente de novo; se continuar, contacte o apoio técnico.</translation>
    </message>
    <message>
        <source>This operation was already saved once: it was not saved again.</source>
        <translation>Esta operação já tinha sido guardada: não foi guardada outra vez.</translation>
    </message>
    <message>
        <source>This operation is not in the terminal&apos;s queue.</source>
        <translation>Esta operação não está na fila do terminal.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database was written by a newer kiosk program: install the newer program. The database was not changed.</source>
        <translation>A base de dados do terminal foi escrita por uma versão mais recente do quiosque: instale a versão mais recente. A base de dados não foi alterada.</translation>
    </message>
    <message>
        <source>The terminal&apos;s database could not be backed up before its upgrade, so it was not upgraded: check that the disk has space and the data folder may be written.</source>
        <translation>Não foi possível fazer a cópia de segurança da base de dados do terminal antes da atualização, por isso não foi atualizada: verifique se o disco tem espaço e se a pasta de dados permite escrita.</translation>
    </message>
    <message>
        <source>There is no backup file {backup}: nothing was changed.</source>
        <translation>Não existe o ficheiro de cópia de segurança {backup}: nada foi alterado.</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged too: nothing was changed. Choose an older one.</source>
        <translation>A cópia de segurança {backup} também está danificada: nada foi alterado. Escolha uma mais antiga.</translation>
    </message>
    <message>
        <source>Another kiosk program is using this database now: stop it first. Nothing was changed.</source>
        <translation>Outro programa do quiosque está a usar esta base de dados: pare-o primeiro. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Tente de novo.</translation>
    </message>
    <message>
        <source>Nothing was redeemed.</source>
        <translation>Nada foi resgatado.</translation>
    </message>
    <message>
        <source>Nothing was redeemed. Try again.</source>
        <translation>Nada foi resgatado. Tente de novo.</translation>
    </message>
    <message>
        <source>Connecting to the loyalty server…</source>
        <translation>A ligar ao servidor de fidelização…</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>O valor tem de ser superior a zero.</translation>
    </message>
    <message>
        <source>The amount is too large for one purchase.</source>
        <translation>O valor é demasiado alto para uma só compra.</translation>
    </message>
    <message>
        <source>That is not an amount of money: write it with digits, like {example} or {example_cents}.</source>
        <translation>Isso não é um valor em dinheiro: escreva-o com algarismos, por exemplo {example} ou {example_cents}.</translation>
    </message>
    <message>
        <source>The amount has more than two decimals.</source>
        <translation>O valor tem mais de duas casas decimais.</translation>
    </message>
    <message>
        <source>The points must be more than zero.</source>
        <translation>Os pontos têm de ser mais de zero.</translation>
    </message>
    <message>
        <source>That number of points is too large.</source>
        <translation>Esse número de pontos é demasiado alto.</translation>
    </message>
    <message>
        <source>That is not a number of points: points are whole numbers written with digits, like 500 or {example}.</source>
        <translation>Isso não é um número de pontos: os pontos são números inteiros escritos com algarismos, por exemplo 500 ou {example}.</translation>
    </message>
    <message>
        <source>The top-up must be more than zero.</source>
        <translation>O carregamento tem de ser superior a zero.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n points must be redeemed at a time.</source>
        <translation>
            <numerusform>Tem de resgatar pelo menos %n ponto de cada vez.</numerusform>
            <numerusform>Tem de resgatar pelo menos %n pontos de cada vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card has only {available} points to redeem ({waiting} more are still waiting to reach the loyalty server).</source>
        <translation>Pontos que o cartão pode resgatar: só {available} (mais {waiting} ainda a caminho do servidor de fidelização).</translation>
    </message>
    <message>
        <source>The card has only {available} points to redeem.</source>
        <translation>Pontos que o cartão pode resgatar: só {available}.</translation>
    </message>
    <message>
        <source>The card has only {money} of credit to spend (more is still waiting to reach the loyalty server).</source>
        <translation>O cartão só tem {money} de crédito para gastar (há mais a caminho do servidor de fidelização).</translation>
    </message>
    <message>
        <source>The card has only {money} of credit to spend.</source>
        <translation>O cartão só tem {money} de crédito para gastar.</translation>
    </message>
    <message>
        <source>The campaign&apos;s rules are not known on this terminal yet: points cannot be redeemed.</source>
        <translation>As regras da campanha ainda não são conhecidas neste terminal: não é possível resgatar pontos.</translation>
    </message>
    <message>
        <source>“{text}” is not a card number.</source>
        <translation>«{text}» não é um número de cartão.</translation>
    </message>
    <message>
        <source>Card number {card} is not valid (wrong check digit): scan it again or check the digits.</source>
        <translation>O número de cartão {card} não é válido (dígito de controlo errado): leia-o de novo ou verifique os algarismos.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>«{text}» não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» não é um número de telefone.</translation>
    </message>
    <message>
        <source>Scan a card, or type a card number, e-mail or phone.</source>
        <translation>Leia um cartão ou introduza o número do cartão, o e-mail ou o telefone.</translation>
    </message>
    <message>
        <source>“{text}” is neither a card number, an e-mail nor a phone number.</source>
        <translation>«{text}» não é um número de cartão, nem um e-mail, nem um número de telefone.</translation>
    </message>
    <message>
        <source>Card number {card} is not a valid EAN-13 (13 digits with the right check digit): check the card number.</source>
        <translation>O número de cartão {card} não é um EAN-13 válido (13 algarismos com o dígito de controlo certo): verifique o número do cartão.</translation>
    </message>
    <message>
        <source>Card number “{card}” cannot be shown as a Code 128 barcode: it needs 1 to {longest} letters, digits or signs, without accents.</source>
        <translation>O número de cartão «{card}» não pode ser mostrado como código de barras Code 128: precisa de 1 a {longest} letras, algarismos ou sinais, sem acentos.</translation>
    </message>
    <message>
        <source>Card format {format} is not one this terminal can draw: check the campaign&apos;s card format.</source>
        <translation>O formato de cartão {format} não é um que este terminal consiga desenhar: verifique o formato de cartão da campanha.</translation>
    </message>
    <message>
        <source>There is no card number to show as a QR code.</source>
        <translation>Não há número de cartão para mostrar como código QR.</translation>
    </message>
    <message>
        <source>This card number is too long for a QR code.</source>
        <translation>Este número de cartão é demasiado longo para um código QR.</translation>
    </message>
    <message>
        <source>Card {card} was replaced by card {new_card}: use the new card.</source>
        <translation>O cartão {card} foi substituído pelo cartão {new_card}: use o cartão novo.</translation>
    </message>
    <message>
        <source>Card {card} was replaced: use the new card.</source>
        <translation>O cartão {card} foi substituído: use o cartão novo.</translation>
    </message>
    <message>
        <source>Card {card} is blocked: nothing can be earned, redeemed or refunded on it.</source>
        <translation>O cartão {card} está bloqueado: não é possível acumular, resgatar nem devolver nada nele.</translation>
    </message>
    <message>
        <source>Card {card} has not been checked with the loyalty server yet: nothing can be done on it offline.</source>
        <translation>O cartão {card} ainda não foi verificado no servidor de fidelização: sem ligação não se pode fazer nada com ele.</translation>
    </message>
    <message>
        <source>No card in the loyalty program has this e-mail address: check the spelling.</source>
        <translation>Nenhum cartão do programa de fidelização tem este endereço de e-mail: verifique a ortografia.</translation>
    </message>
    <message>
        <source>No card in the loyalty program has this phone number: check the digits.</source>
        <translation>Nenhum cartão do programa de fidelização tem este número de telefone: verifique os algarismos.</translation>
    </message>
    <message>
        <source>No loyalty API is configured.</source>
        <translation>Nenhum servidor de fidelização está configurado.</translation>
    </message>
    <message>
        <source>The terminal cannot search by e-mail or phone offline yet: its card directory has never been fetched.</source>
        <translation>O terminal ainda não pode pesquisar por e-mail ou telefone sem ligação: a lista de cartões nunca foi descarregada.</translation>
    </message>
    <message>
        <source>The terminal cannot search by e-mail or phone offline until it has fetched the campaign again; search by card number.</source>
        <translation>O terminal não pode pesquisar por e-mail ou telefone sem ligação até voltar a descarregar a campanha; pesquise pelo número do cartão.</translation>
    </message>
    <message>
        <source>The terminal is fetching its card directory again, so a card may not be found by e-mail or phone offline yet; search by card number.</source>
        <translation>O terminal está a descarregar de novo a lista de cartões; por isso, sem ligação, um cartão pode ainda não ser encontrado por e-mail ou telefone: pesquise pelo número do cartão.</translation>
    </message>
    <message>
        <source>No card found on this terminal (the loyalty API cannot be reached, so only cards seen before are known).</source>
        <translation>Nenhum cartão encontrado neste terminal (não é possível contactar o servidor de fidelização, por isso só se conhecem os cartões já vistos).</translation>
    </message>
    <message>
        <source>No card found on this terminal.</source>
        <translation>Nenhum cartão encontrado neste terminal.</translation>
    </message>
    <message>
        <source>The campaign has no card category: a new card cannot be issued here.</source>
        <translation>A campanha não tem categoria de cartão: não é possível emitir um cartão novo aqui.</translation>
    </message>
    <message>
        <source>A new card needs the loyalty server, which cannot be reached now: try again later.</source>
        <translation>Um cartão novo precisa do servidor de fidelização, que agora não está acessível: tente mais tarde.</translation>
    </message>
    <message>
        <source>Look up a customer first.</source>
        <translation>Procure primeiro um cliente.</translation>
    </message>
    <message>
        <source>Give the receipt number.</source>
        <translation>Indique o número do talão.</translation>
    </message>
    <message numerus="yes">
        <source>The receipt number must be at most %n plain characters.</source>
        <translation>
            <numerusform>O número do talão pode ter no máximo %n carácter simples.</numerusform>
            <numerusform>O número do talão pode ter no máximo %n caracteres simples.</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign does not allow earning points without the loyalty API.</source>
        <translation>Esta campanha não permite acumular pontos sem o servidor de fidelização.</translation>
    </message>
    <message>
        <source>This operation has not reached the loyalty server yet: it cannot be refunded now.</source>
        <translation>Esta operação ainda não chegou ao servidor de fidelização: não pode ser devolvida agora.</translation>
    </message>
    <message>
        <source>This movement was already refunded, or is itself a refund.</source>
        <translation>Este movimento já foi devolvido ou é ele próprio uma devolução.</translation>
    </message>
    <message>
        <source>A refund of this movement is already saved and waiting to sync.</source>
        <translation>Uma devolução deste movimento já está guardada e à espera de envio.</translation>
    </message>
    <message>
        <source>Credit can only be spent with the loyalty server: it cannot be reached now.</source>
        <translation>O crédito só pode ser gasto com o servidor de fidelização, que agora não está acessível.</translation>
    </message>
    <message>
        <source>This campaign does not allow redeeming without the loyalty server: it cannot be reached now.</source>
        <translation>Esta campanha não permite resgates sem o servidor de fidelização, que agora não está acessível.</translation>
    </message>
    <message numerus="yes">
        <source>Without the loyalty server at most {room} more points may be redeemed here (the campaign&apos;s limit over %n hours): redeem fewer, or wait for the connection.</source>
        <translation>
            <numerusform>Sem o servidor de fidelização só se podem resgatar aqui mais {room} pontos, no máximo (o limite da campanha em %n hora): resgate menos ou aguarde pela ligação.</numerusform>
            <numerusform>Sem o servidor de fidelização só se podem resgatar aqui mais {room} pontos, no máximo (o limite da campanha em %n horas): resgate menos ou aguarde pela ligação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redeemed.</source>
        <translation>Resgatado.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>PIN errado. Resta %n tentativa antes de o PIN bloquear.</numerusform>
            <numerusform>PIN errado. Restam %n tentativas antes de o PIN bloquear.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errado.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries. Nothing was redeemed. Reset the PIN with a code sent to the customer.</source>
        <translation>O PIN está bloqueado após demasiadas tentativas erradas. Nada foi resgatado. Reponha o PIN com um código enviado ao cliente.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: reset it with a code.</source>
        <translation>O PIN está bloqueado após demasiadas tentativas erradas: reponha-o com um código.</translation>
    </message>
    <message numerus="yes">
        <source>The current PIN is wrong. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>O PIN atual está errado. Resta %n tentativa antes de o PIN bloquear.</numerusform>
            <numerusform>O PIN atual está errado. Restam %n tentativas antes de o PIN bloquear.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation>O PIN atual está errado.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached now.</source>
        <translation>Não é possível contactar agora o servidor de fidelização.</translation>
    </message>
    <message>
        <source>Blocking, unblocking or replacing a card needs the loyalty server, which cannot be reached now. Nothing was changed: try again when the link is back.</source>
        <translation>Bloquear, desbloquear ou substituir um cartão precisa do servidor de fidelização, que agora não está acessível. Nada foi alterado: tente de novo quando a ligação voltar.</translation>
    </message>
    <message>
        <source>A voucher can be checked and used only with the loyalty server, which cannot be reached now. Do not take it off the bill: try again when the link is back.</source>
        <translation>Um vale só pode ser verificado e usado com o servidor de fidelização, que agora não está acessível. Não o desconte na conta: tente de novo quando a ligação voltar.</translation>
    </message>
    <message>
        <source>Signing in needs the loyalty server, which cannot be reached now. Scan your card to see its codes.</source>
        <translation>Para entrar é preciso o servidor de fidelização, que agora não está acessível. Leia o seu cartão para ver os códigos.</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again.</source>
        <translation>A sua sessão terminou. Entre de novo.</translation>
    </message>
    <message>
        <source>The loyalty server&apos;s answer was lost: the terminal is finding out whether it was redeemed. Do not hand anything over until it shows.</source>
        <translation>A resposta do servidor de fidelização perdeu-se: o terminal está a verificar se o resgate foi feito. Não entregue nada até aparecer o resultado.</translation>
    </message>
    <message>
        <source>The loyalty server refused it.</source>
        <translation>O servidor de fidelização recusou-a.</translation>
    </message>
    <message>
        <source>The counter is still completing this redemption.</source>
        <translation>A caixa ainda está a concluir este resgate.</translation>
    </message>
    <message>
        <source>This redemption needs the customer&apos;s PIN, which the terminal never keeps: nothing was redeemed; ask the customer to redeem again.</source>
        <translation>Este resgate precisa do PIN do cliente, que o terminal nunca guarda: nada foi resgatado; peça ao cliente que resgate de novo.</translation>
    </message>
    <message>
        <source>This operation was saved incomplete and cannot be sent: discard it and enter it again.</source>
        <translation>Esta operação foi guardada incompleta e não pode ser enviada: descarte-a e introduza-a de novo.</translation>
    </message>
    <message>
        <source>Type your e-mail address or mobile number.</source>
        <translation>Introduza o seu endereço de e-mail ou número de telemóvel.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>«{text}» não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Escolha uma das opções.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Escolha sim ou não.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>Campo obrigatório: {label}.</translation>
    </message>
    <message>
        <source>The two passwords are not the same: type them again.</source>
        <translation>As duas palavras-passe não são iguais: introduza-as de novo.</translation>
    </message>
    <message>
        <source>Type your password again, then ask for the code.</source>
        <translation>Introduza de novo a palavra-passe e depois peça o código.</translation>
    </message>
    <message>
        <source>Welcome back: type your password to go on.</source>
        <translation>Olá de novo! Introduza a palavra-passe para continuar.</translation>
    </message>
    <message>
        <source>This customer is already registered: they sign in with their e-mail or phone and password.</source>
        <translation>Este cliente já está registado: entra com o e-mail ou o telefone e a palavra-passe.</translation>
    </message>
    <message>
        <source>Welcome! The card is ready, with the PIN it already had: keep using it.</source>
        <translation>Bem-vindo! O cartão está pronto, com o PIN que já tinha: continue a usá-lo.</translation>
    </message>
    <message>
        <source>Welcome! The card is ready: scan it at every purchase.</source>
        <translation>Bem-vindo! O cartão está pronto: apresente-o em cada compra.</translation>
    </message>
    <message>
        <source>The loyalty server cannot be reached: check the connection and try again. Nothing typed is lost.</source>
        <translation>Não é possível contactar o servidor de fidelização: verifique a ligação e tente de novo. Nada do que escreveu se perde.</translation>
    </message>
    <message>
        <source>Some answers need a look: see the fields marked.</source>
        <translation>Algumas respostas precisam de atenção: veja os campos assinalados.</translation>
    </message>
    <message>
        <source>Correct the address, then ask for the code again.</source>
        <translation>Corrija o endereço e peça o código de novo.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Introduza a palavra-passe.</translation>
    </message>
    <message>
        <source>That password is not right: try again.</source>
        <translation>A palavra-passe não está correta: tente de novo.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n s.</source>
        <translation>
            <numerusform>Pode enviar-se um código novo daqui a %n s.</numerusform>
            <numerusform>Pode enviar-se um código novo daqui a %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digits.</source>
        <translation>
            <numerusform>O código tem %n algarismo.</numerusform>
            <numerusform>O código tem %n algarismos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes: send a new code.</source>
        <translation>Demasiados códigos errados: envie um código novo.</translation>
    </message>
    <message>
        <source>The code has expired: send a new code.</source>
        <translation>O código expirou: envie um código novo.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right: %n tries left.</source>
        <translation>
            <numerusform>O código não está correto: resta %n tentativa.</numerusform>
            <numerusform>O código não está correto: restam %n tentativas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-digit code was sent to {address}: type it here (look in the e-mail).</source>
        <translation>
            <numerusform>Foi enviado um código de %n algarismo para {address}: introduza-o aqui (veja no e-mail).</numerusform>
            <numerusform>Foi enviado um código de %n algarismos para {address}: introduza-o aqui (veja no e-mail).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-digit code was sent to {address}: type it here (look in the phone&apos;s messages).</source>
        <translation>
            <numerusform>Foi enviado um código de %n algarismo para {address}: introduza-o aqui (veja nas mensagens do telemóvel).</numerusform>
            <numerusform>Foi enviado um código de %n algarismos para {address}: introduza-o aqui (veja nas mensagens do telemóvel).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many codes were sent to this address: try again later, or use another one.</source>
        <translation>Foram enviados demasiados códigos para este endereço: tente mais tarde ou use outro.</translation>
    </message>
    <message>
        <source>This e-mail or phone is already someone&apos;s sign-in: use another one.</source>
        <translation>Este e-mail ou telefone já é usado por outra pessoa para entrar: use outro.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>A verificação falhou.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN has %n digits.</source>
        <translation>
            <numerusform>O PIN tem %n algarismo.</numerusform>
            <numerusform>O PIN tem %n algarismos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manager PIN must be {low} to {high} digits.</source>
        <translation>O PIN do gerente tem de ter entre {low} e {high} algarismos.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type them again.</source>
        <translation>Os dois PIN não são iguais: introduza-os de novo.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: nothing was saved.</source>
        <translation>Os dois PIN não são iguais: nada foi guardado.</translation>
    </message>
    <message>
        <source>Redeeming needs the connection to the loyalty server, which cannot be reached now.</source>
        <translation>Para resgatar é preciso ligação ao servidor de fidelização, que agora não está acessível.</translation>
    </message>
    <message>
        <source>No PIN was given. Nothing was redeemed.</source>
        <translation>Não foi indicado nenhum PIN. Nada foi resgatado.</translation>
    </message>
    <message>
        <source>The customer&apos;s PIN is digits only: nothing was redeemed.</source>
        <translation>O PIN do cliente só tem algarismos: nada foi resgatado.</translation>
    </message>
    <message>
        <source>No value was given for {name}: nothing was saved.</source>
        <translation>Não foi indicado nenhum valor para {name}: nada foi guardado.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be true or false, not “{raw}”.</source>
        <translation>{env} ({source}) tem de ser true ou false, não «{raw}».</translation>
    </message>
    <message>
        <source>{env} ({source}) must be a whole number.</source>
        <translation>{env} ({source}) tem de ser um número inteiro.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be {minimum} or more, not {number}.</source>
        <translation>{env} ({source}) tem de ser {minimum} ou mais, não {number}.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be a number, not “{raw}”.</source>
        <translation>{env} ({source}) tem de ser um número, não «{raw}».</translation>
    </message>
    <message>
        <source>{env} ({source}) must be more than zero.</source>
        <translation>{env} ({source}) tem de ser superior a zero.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be text.</source>
        <translation>{env} ({source}) tem de ser texto.</translation>
    </message>
    <message>
        <source>{env} ({source}) must be one of {choices}, not “{raw}”.</source>
        <translation>{env} ({source}) tem de ser um de {choices}, não «{raw}».</translation>
    </message>
    <message>
        <source>{env} ({source}) must be empty or a number from {lowest} to {highest}, not “{raw}”.</source>
        <translation>{env} ({source}) tem de estar vazio ou ser um número de {lowest} a {highest}, não “{raw}”.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read (at {where}).</source>
        <translation>Não é possível ler o ficheiro de definições {path} (em {where}).</translation>
    </message>
    <message>
        <source>The settings file {path} names an unknown setting “{key}”.</source>
        <translation>O ficheiro de definições {path} tem uma definição desconhecida «{key}».</translation>
    </message>
    <message>
        <source>{name} is a secret: give it by {env} or in {file}.</source>
        <translation>{name} é um segredo: indique-o por {env} ou em {file}.</translation>
    </message>
    <message>
        <source>There is no setting “{name}”.</source>
        <translation>Não existe a definição «{name}».</translation>
    </message>
    <message>
        <source>The settings could not be saved in {path} ({detail}); the previous settings still apply.</source>
        <translation>Não foi possível guardar as definições em {path} ({detail}); continuam válidas as anteriores.</translation>
    </message>
    <message>
        <source>The new settings were saved but cannot be used.</source>
        <translation>As novas definições foram guardadas, mas não podem ser usadas.</translation>
    </message>
    <message>
        <source>The loyalty server address must not hold a user name or password: put them in the terminal&apos;s own settings.</source>
        <translation>O endereço do servidor de fidelização não pode conter nome de utilizador nem palavra-passe: coloque-os nas definições do terminal.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (https://...).</source>
        <translation>«{url}» não é um endereço web (https://...).</translation>
    </message>
    <message>
        <source>“{url}” must use https://: plain http is allowed only on this machine.</source>
        <translation>«{url}» tem de usar https://: http simples só é permitido neste computador.</translation>
    </message>
    <message>
        <source>A loyalty server address is set, so these settings are needed too: {names}.</source>
        <translation>Está definido um endereço do servidor de fidelização, por isso também são precisas estas definições: {names}.</translation>
    </message>
    <message>
        <source>Connected: campaign “{campaign}” ({currency}).</source>
        <translation>Ligado: campanha «{campaign}» ({currency}).</translation>
    </message>
    <message>
        <source>The loyalty server at {url} cannot be reached: check the network cable or Wi-Fi, and the address.</source>
        <translation>Não é possível contactar o servidor de fidelização em {url}: verifique o cabo de rede ou o Wi-Fi e o endereço.</translation>
    </message>
    <message>
        <source>Something answers at {url}, but it is not a loyalty server: check the address.</source>
        <translation>Algo responde em {url}, mas não é um servidor de fidelização: verifique o endereço.</translation>
    </message>
    <message>
        <source>Campaign {campaign} does not exist on this loyalty server: check the campaign number.</source>
        <translation>A campanha {campaign} não existe neste servidor de fidelização: verifique o número da campanha.</translation>
    </message>
    <message>
        <source>The loyalty server refused the api key or the terminal&apos;s user name and password: check them.</source>
        <translation>O servidor de fidelização recusou a chave da API ou o nome de utilizador e a palavra-passe do terminal: verifique-os.</translation>
    </message>
    <message>
        <source>The loyalty server does not let this user sign in as a terminal: check the terminal&apos;s user name.</source>
        <translation>O servidor de fidelização não deixa este utilizador entrar como terminal: verifique o nome de utilizador do terminal.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s keyring ({backend}) did not answer within %n second(s): it may be locked. Unlock it and try again.</source>
        <translation>
            <numerusform>O porta-chaves deste computador ({backend}) não respondeu em %n segundo: pode estar bloqueado. Desbloqueie-o e tente de novo.</numerusform>
            <numerusform>O porta-chaves deste computador ({backend}) não respondeu em %n segundos: pode estar bloqueado. Desbloqueie-o e tente de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s keyring ({backend}) refused the request: unlock it and try again.</source>
        <translation>O porta-chaves deste computador ({backend}) recusou o pedido: desbloqueie-o e tente de novo.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring ({backend}) did not keep {name}. Nothing else was changed.</source>
        <translation>O porta-chaves deste computador ({backend}) não guardou {name}. Nada mais foi alterado.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the secrets stay in {path}, which only the app&apos;s own user can read.</source>
        <translation>Este computador não tem porta-chaves: os segredos ficam em {path}, que só o utilizador da aplicação pode ler.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Impresso.</translation>
    </message>
    <message>
        <source>The printer is ready.</source>
        <translation>A impressora está pronta.</translation>
    </message>
    <message>
        <source>The paper roll is nearly finished: have a new one at hand.</source>
        <translation>O rolo de papel está quase no fim: tenha um novo à mão.</translation>
    </message>
    <message>
        <source>The printer is out of paper: load a new roll, then print again.</source>
        <translation>A impressora não tem papel: coloque um rolo novo e imprima de novo.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open: close it, then print again.</source>
        <translation>A tampa da impressora está aberta: feche-a e imprima de novo.</translation>
    </message>
    <message>
        <source>The printer reports an error (paper jam or cutter): turn it off and on, then print again.</source>
        <translation>A impressora indica um erro (papel encravado ou guilhotina): desligue-a e volte a ligá-la, e imprima de novo.</translation>
    </message>
    <message>
        <source>The printer did not answer within {seconds} seconds: check that it is on and connected.</source>
        <translation>A impressora não respondeu em {seconds} segundos: verifique se está ligada e conectada.</translation>
    </message>
    <message>
        <source>The printer at {where} cannot be reached: check its cable or network address, and that it is on.</source>
        <translation>Não é possível chegar à impressora {where}: verifique o cabo ou o endereço de rede, e se está ligada.</translation>
    </message>
    <message>
        <source>This computer&apos;s user may not use the printer at {where}: ask whoever installed the terminal.</source>
        <translation>O utilizador deste computador não pode usar a impressora {where}: peça a quem instalou o terminal.</translation>
    </message>
    <message>
        <source>No receipt printer is set.</source>
        <translation>Não está definida nenhuma impressora de talões.</translation>
    </message>
    <message>
        <source>“{raw}” is not a printer address: use usb:VID:PID, network:HOST[:PORT], serial:PORT[:BAUD], file:PATH or dummy.</source>
        <translation>«{raw}» não é um endereço de impressora: use usb:VID:PID, network:HOST[:PORT], serial:PORT[:BAUD], file:PATH ou dummy.</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — card {card}, {name}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — cartão {card}, {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — card {card}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — cartão {card}</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Não guardado: {reason}</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ex. {example}</translation>
    </message>
</context>
<context>
    <name>_PinScreen</name>
    <message>
        <source>The two new PINs are different: type your new PIN again.</source>
        <extracomment>A problem is said in words; this sign goes before them, never instead of them.</extracomment>
        <translation>Os dois novos PIN são diferentes: introduza novamente o novo PIN.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Um momento…</translation>
    </message>
</context>
<context>
    <name>_Symbol</name>
    <message>
        <source>Make this window larger to show the code.</source>
        <translation>Aumente a janela para mostrar o código.</translation>
    </message>
</context>
</TS>
