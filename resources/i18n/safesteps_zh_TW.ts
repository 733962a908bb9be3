<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <source>SafeSteps cannot start: its checklist files are damaged. Please reinstall SafeSteps.</source>
        <translation>安心清單無法啟動：它的清單檔案損壞了。請重新安裝安心清單。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>OK</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>關閉這則訊息</translation>
    </message>
</context>
<context>
    <name>ChecklistCard</name>
    <message>
        <source>%1 of %2 steps finished</source>
        <translation>共 %2 步，已完成 %1 步</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>進度：%1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>開啟「%1」</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Number: %1</source>
        <translation>號碼：%1</translation>
    </message>
    <message>
        <source>There is no single number for this. Write the local number on the printout.</source>
        <translation>這一項沒有統一的號碼。請把當地的號碼寫在列印出來的紙上。</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, not WeChat.</source>
        <translation>用手機內建的相機掃描，不要用微信掃。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>儲存為 PNG…</translation>
    </message>
    <message>
        <source>Save the QR code for %1 as a PNG picture</source>
        <translation>把「%1」的 QR Code 儲存為 PNG 圖片</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>儲存為 SVG…</translation>
    </message>
    <message>
        <source>Save the QR code for %1 as an SVG drawing</source>
        <translation>把「%1」的 QR Code 儲存為 SVG 向量圖</translation>
    </message>
    <message>
        <source>QR code: %1, %2</source>
        <translation>QR Code：%1，%2</translation>
    </message>
    <message>
        <source>The phone will not send the text by itself: tap Send.</source>
        <translation>手機不會自動傳送，請您點「傳送」。</translation>
    </message>
    <message>
        <source>The phone will not call by itself: tap Call.</source>
        <translation>手機不會自動撥打，請您點「撥打」。</translation>
    </message>
    <message>
        <source>Scanning it opens a new text message to %1.</source>
        <translation>掃描後會開啟一則傳給 %1 的新簡訊。</translation>
    </message>
    <message>
        <source>Scanning it offers to call %1.</source>
        <translation>掃描後手機會問您要不要撥打 %1。</translation>
    </message>
</context>
<context>
    <name>DueBox</name>
    <message>
        <source>Last reviewed: %1</source>
        <translation>上次檢查：%1</translation>
    </message>
    <message>
        <source>Not reviewed yet. Come back every few months to check what is due.</source>
        <translation>還沒有檢查過。請每隔幾個月回來看看，有哪些步驟該再做一次。</translation>
    </message>
    <message>
        <source>Mark as reviewed today</source>
        <translation>今天檢查過了</translation>
    </message>
    <message>
        <source>Mark this profile as reviewed today</source>
        <translation>把這份個人檔案記為今天已檢查</translation>
    </message>
    <message>
        <source>These steps should be done again:</source>
        <translation>這些步驟該再做一次了：</translation>
    </message>
    <message>
        <source>Do again: %1</source>
        <translation>再做一次：%1</translation>
    </message>
</context>
<context>
    <name>HandoutPage</name>
    <message>
        <source>The bank&apos;s number: type digits only, for example 95588.</source>
        <translation>銀行的電話：請用數字填寫，例如 0800-000-123。</translation>
    </message>
    <message>
        <source>The family member&apos;s phone: type digits only, for example 139 1234 5678.</source>
        <translation>您的電話號碼：請用數字填寫，例如 0912 345 678。</translation>
    </message>
    <message>
        <source>A number has no digits. Please check the numbers you typed.</source>
        <translation>有個號碼裡沒有數字。請檢查一下您填的號碼。</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>標題：%1</translation>
    </message>
    <message>
        <source>Key numbers with QR codes: %1</source>
        <translation>附 QR Code 的重要電話：%1 個</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a line to write the number on</source>
        <translation>留一條橫線，手寫號碼</translation>
    </message>
    <message>
        <source>Two wallet cards: “%1”</source>
        <translation>兩張錢包小卡片：「%1」</translation>
    </message>
    <message>
        <source>Steps: %1 done, %2 still to do, %3 listed on the plan.</source>
        <translation>步驟：已完成 %1 項，還要做 %2 項，清單上列出 %3 項。</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>把清單儲存為 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>清單沒能儲存：%1</translation>
    </message>
    <message>
        <source>The plan was saved to %1.</source>
        <translation>清單已儲存到：%1</translation>
    </message>
    <message>
        <source>Printing did not start. Check that the printer is on and try again.</source>
        <translation>沒能開始列印。請看看印表機有沒有打開，然後再試一次。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Close the printed plan</source>
        <translation>關閉列印版清單</translation>
    </message>
    <message>
        <source>Print a plan to leave with them</source>
        <translation>列印一份清單，留給家人</translation>
    </message>
    <message>
        <source>A large-print page with the key numbers and their QR codes, a wallet card about verification codes, and what is done and what is left.</source>
        <translation>一頁大字的紙：有重要電話和它們的 QR Code，有一張提醒驗證碼的錢包小卡片，還寫著哪些步驟做好了、哪些還沒做。</translation>
    </message>
    <message>
        <source>Their bank&apos;s own number (optional)</source>
        <translation>銀行的官方客服電話（可以不填）</translation>
    </message>
    <message>
        <source>Your name, as their helper (optional)</source>
        <translation>您的稱呼，作為幫忙的家人（可以不填）</translation>
    </message>
    <message>
        <source>Your phone number (optional)</source>
        <translation>您的電話號碼（可以不填）</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>清單的語言</translation>
    </message>
    <message>
        <source>For example 95588</source>
        <translation>例如 0800-000-123</translation>
    </message>
    <message>
        <source>For example: Xiaoming</source>
        <translation>例如：小明</translation>
    </message>
    <message>
        <source>For example 139 1234 5678</source>
        <translation>例如 0912 345 678</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>會列印出來的內容</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>儲存為 PDF…</translation>
    </message>
    <message>
        <source>Save the plan as a PDF file</source>
        <translation>把清單儲存為 PDF 檔案</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>列印清單</translation>
    </message>
</context>
<context>
    <name>HarassmentPage</name>
    <message>
        <source>Change this entry</source>
        <translation>修改這筆紀錄</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新紀錄</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>刪除紀錄</translation>
    </message>
    <message>
        <source>Delete this entry from the log? This cannot be undone.</source>
        <translation>要從騷擾紀錄裡刪除這筆紀錄嗎？刪除後就無法復原了。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>刪除這筆紀錄</translation>
    </message>
    <message>
        <source>Keep the entry</source>
        <translation>保留這筆紀錄</translation>
    </message>
    <message>
        <source>Type the number that called or texted.</source>
        <translation>請填寫打來電話或傳來簡訊的號碼。</translation>
    </message>
    <message>
        <source>The number must contain digits.</source>
        <translation>號碼裡要有數字。</translation>
    </message>
    <message>
        <source>The number is too long: at most %1 characters.</source>
        <translation>號碼太長了，最多只能填 %1 個字。</translation>
    </message>
    <message>
        <source>Choose the date and time it happened.</source>
        <translation>請選擇發生的日期和時間。</translation>
    </message>
    <message>
        <source>Choose whether it was a call, a text or something else.</source>
        <translation>請選擇是電話、簡訊，還是其他。</translation>
    </message>
    <message>
        <source>What was said is too long: at most %1 characters are kept.</source>
        <translation>對方說的內容太長了，最多只能保留 %1 個字。</translation>
    </message>
    <message>
        <source>What was done is too long: at most %1 characters.</source>
        <translation>「您是怎麼處理的」寫得太長了，最多只能寫 %1 個字。</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been deleted in another window.</source>
        <translation>這筆紀錄已經不存在了，可能在另一個視窗裡被刪除了。</translation>
    </message>
    <message>
        <source>This entry cannot be saved. Please check what you typed.</source>
        <translation>這筆紀錄無法儲存。請檢查一下您填寫的內容。</translation>
    </message>
    <message>
        <source>The message was too long. Only the first %1 characters were kept.</source>
        <translation>這段內容太長了，只保留了前 %1 個字。</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Export the log as CSV</source>
        <translation>把騷擾紀錄匯出為 CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>The log could not be exported: %1</source>
        <translation>騷擾紀錄沒能匯出：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were exported to %1.</source>
        <translation>
            <numerusform>已把 %n 筆紀錄匯出到：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the log as PDF</source>
        <translation>把騷擾紀錄匯出為 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期時間</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Call or text</source>
        <translation>電話或簡訊</translation>
    </message>
    <message>
        <source>What was said or written</source>
        <translation>對方說了什麼、寫了什麼</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>怎麼處理的</translation>
    </message>
    <message>
        <source>Harassment log: %1</source>
        <translation>騷擾紀錄：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported on %1. %n entries. The messages are exactly as they were entered.</source>
        <translation>
            <numerusform>匯出日期：%1。共 %n 筆紀錄。內容和當初填寫的完全一樣，沒有改動。</numerusform>
        </translation>
    </message>
    <message>
        <source>The number %1, %2.</source>
        <translation>號碼 %1，時間 %2。</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, not WeChat.</source>
        <translation>用手機內建的相機掃描，不要用微信掃。</translation>
    </message>
    <message>
        <source>The phone will not send the text by itself: tap Send.</source>
        <translation>手機不會自動傳送，請您點「傳送」。</translation>
    </message>
    <message>
        <source>The phone will not call by itself: tap Call.</source>
        <translation>手機不會自動撥打，請您點「撥打」。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Close the harassment log</source>
        <translation>關閉騷擾紀錄</translation>
    </message>
    <message>
        <source>Harassment log</source>
        <translation>騷擾紀錄</translation>
    </message>
    <message>
        <source>Write down every nuisance call or text: the number, the time and exactly what was said. This is your evidence when you report it.</source>
        <translation>每次接到騷擾電話或簡訊，都記下來：號碼、時間，還有對方的原話。檢舉的時候，這些就是證據。</translation>
    </message>
    <message>
        <source>Nothing in the log yet. Fill in the form below and press Add.</source>
        <translation>還沒有紀錄。請填寫下面的表格，然後按「新增」。</translation>
    </message>
    <message>
        <source>Harassment log entries</source>
        <translation>騷擾紀錄列表</translation>
    </message>
    <message>
        <source>Number that called or texted</source>
        <translation>打來電話或傳來簡訊的號碼</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>發生的時間</translation>
    </message>
    <message>
        <source>What was said or written (the original message, unchanged)</source>
        <translation>對方說了什麼、寫了什麼（照原文寫，一個字都不改）</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>您是怎麼處理的</translation>
    </message>
    <message>
        <source>For example 13800138000</source>
        <translation>例如 0912345678</translation>
    </message>
    <message>
        <source>For example: hung up, blocked the number, reported it</source>
        <translation>例如：掛斷了、封鎖了、檢舉了</translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation>開始寫一筆新紀錄</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add this as a new entry</source>
        <translation>把這些新增為一筆新紀錄</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存變更</translation>
    </message>
    <message>
        <source>Save the changes to this entry</source>
        <translation>儲存這筆紀錄的變更</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>刪除這筆紀錄</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>我要檢舉</translation>
    </message>
    <message>
        <source>Make a report about this entry</source>
        <translation>檢舉這筆紀錄裡的號碼</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Export the log as a CSV table</source>
        <translation>把騷擾紀錄匯出為 CSV 表格</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <source>Export the log as a PDF document</source>
        <translation>把騷擾紀錄匯出為 PDF 文件</translation>
    </message>
    <message>
        <source>Back to the log</source>
        <translation>回到騷擾紀錄</translation>
    </message>
    <message>
        <source>Report this number</source>
        <translation>檢舉這個號碼</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: steps to do again: %2</source>
        <translation>%1：有 %2 個步驟該再做一次</translation>
    </message>
    <message>
        <source>Welcome back. Some steps should be done again:</source>
        <translation>歡迎回來。有些步驟該再做一次了：</translation>
    </message>
    <message>
        <source>SafeSteps — %1</source>
        <translation>安心清單 — %1</translation>
    </message>
    <message>
        <source>SafeSteps</source>
        <translation>安心清單</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export this profile…</source>
        <translation>匯出這份個人檔案(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import a profile…</source>
        <translation>匯入個人檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高對比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Do it together (full screen)</source>
        <translation>一起做（全螢幕）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Check a &amp;password…</source>
        <translation>檢查密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>Check a payment &amp;PIN…</source>
        <translation>檢查支付密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>Verification-code &amp;quiz</source>
        <translation>驗證碼小測驗(&amp;Q)</translation>
    </message>
    <message>
        <source>Key &amp;numbers and QR codes…</source>
        <translation>重要電話和 QR Code(&amp;N)…</translation>
    </message>
    <message>
        <source>Harassment &amp;log…</source>
        <translation>騷擾紀錄(&amp;L)…</translation>
    </message>
    <message>
        <source>Printed &amp;plan to leave behind…</source>
        <translation>列印清單，留給家人(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SafeSteps</source>
        <translation>關於安心清單(&amp;A)</translation>
    </message>
    <message>
        <source>No steps in this checklist apply to this profile.</source>
        <translation>這份清單裡沒有適合這份個人檔案的步驟。</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>個人檔案沒有儲存。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>刪除個人檔案</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and all its progress? This cannot be undone.</source>
        <translation>要刪除「%1」的個人檔案和所有進度嗎？刪除後就無法復原了。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>About SafeSteps</source>
        <translation>關於安心清單</translation>
    </message>
    <message>
        <source>SafeSteps %1
An offline checklist against harassment and fraud.
Nothing you enter leaves this computer.</source>
        <translation>安心清單 %1
不用連網的防騷擾、防詐騙清單。
您輸入的內容只留在這台電腦上。</translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <source>Your bank</source>
        <translation>您的銀行</translation>
    </message>
    <message>
        <source>If a caller says they are your bank, hang up and call this number yourself.</source>
        <translation>有人打電話自稱是您的銀行，先掛斷，再自己打這個號碼查證。</translation>
    </message>
    <message>
        <source>Save the QR code as a picture</source>
        <translation>把 QR Code 儲存為圖片</translation>
    </message>
    <message>
        <source>Save the QR code as a drawing</source>
        <translation>把 QR Code 儲存為向量圖</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>The QR code could not be saved: %1</source>
        <translation>QR Code 沒能儲存：%1</translation>
    </message>
    <message>
        <source>The QR code was saved to %1.</source>
        <translation>QR Code 已儲存到：%1</translation>
    </message>
    <message>
        <source>Key numbers and QR codes</source>
        <translation>重要電話和 QR Code</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, not WeChat.</source>
        <translation>用手機內建的相機掃描，不要用微信掃。</translation>
    </message>
    <message>
        <source>Write the number here:</source>
        <translation>在這裡寫上號碼：</translation>
    </message>
    <message>
        <source>Printing did not start. Check that the printer is on and try again.</source>
        <translation>沒能開始列印。請看看印表機有沒有打開，然後再試一次。</translation>
    </message>
    <message>
        <source>Numbers for: %1</source>
        <translation>這些號碼適用於：%1</translation>
    </message>
    <message>
        <source>Scan a code with the phone&apos;s camera: the phone then offers to call or to write the text, and you decide.</source>
        <translation>用手機的相機掃描 QR Code，手機會問您要不要打電話或寫簡訊，由您自己決定。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Close the key numbers</source>
        <translation>關閉重要電話</translation>
    </message>
    <message>
        <source>Your bank&apos;s own number (on the back of the bank card):</source>
        <translation>您銀行的官方電話（印在提款卡背面）：</translation>
    </message>
    <message>
        <source>Your bank&apos;s own number</source>
        <translation>您銀行的官方電話</translation>
    </message>
    <message>
        <source>For example 95588</source>
        <translation>例如 0800-000-123</translation>
    </message>
    <message>
        <source>Type the number with digits only, for example 95588.</source>
        <translation>請用數字填寫號碼，例如 0800-000-123。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print all these numbers and codes</source>
        <translation>列印這些號碼和 QR Code</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Safety steps for %1</source>
        <translation>%1的安全步驟</translation>
    </message>
    <message>
        <source>%1 of %2 steps finished (%3%)</source>
        <translation>共 %2 步，已完成 %1 步（%3%）</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>整體進度</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password strength</source>
        <translation>密碼強度</translation>
    </message>
    <message>
        <source>Time to guess it: %1</source>
        <translation>猜出它要多久：%1</translation>
    </message>
    <message>
        <source>You already use this password for: %1. Use a different one here.</source>
        <translation>這個密碼您已經用在：%1。這裡請換一個不一樣的密碼。</translation>
    </message>
    <message>
        <source>Type a password to check it.</source>
        <translation>請輸入要檢查的密碼。</translation>
    </message>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>非常弱：很容易被猜出來</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>弱：容易被猜出來</translation>
    </message>
    <message>
        <source>Not strong enough</source>
        <translation>還不夠強</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>不錯</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>很強</translation>
    </message>
    <message>
        <source>Give this password a name, for example “bank”. SafeSteps keeps only a fingerprint, locked with a key in this computer&apos;s keyring, and warns you if you use the same password again.</source>
        <translation>幫這個密碼取個名字，例如「銀行」。安心清單只儲存密碼的「指紋」，不儲存密碼本身，並用這台電腦「系統鑰匙圈」裡的金鑰鎖好。以後您再用同一個密碼時，它會提醒您。</translation>
    </message>
    <message>
        <source>Remembered: %1</source>
        <translation>已記住：%1</translation>
    </message>
    <message>
        <source>The reuse warning is off: the system keyring is locked. Unlock it (log in again), then come back.</source>
        <translation>重複使用提醒現在無法使用：「系統鑰匙圈」鎖住了。請把它解鎖（重新登入電腦），然後再回來。</translation>
    </message>
    <message>
        <source>The reuse warning is off: this computer has no system keyring SafeSteps can use. Everything else works.</source>
        <translation>重複使用提醒現在無法使用：這台電腦沒有安心清單能用的「系統鑰匙圈」。其他功能都能正常使用。</translation>
    </message>
    <message>
        <source>Type a password and a name for it first.</source>
        <translation>請先輸入密碼，再幫它取個名字。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>顯示或隱藏密碼</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Close the password check</source>
        <translation>關閉密碼檢查</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>檢查密碼</translation>
    </message>
    <message>
        <source>The check happens on this computer only. What you type is never saved, and it is cleared when you leave this page.</source>
        <translation>檢查只在這台電腦上進行。您輸入的內容不會被儲存，離開這一頁時就會清除。</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>要檢查的密碼</translation>
    </message>
    <message>
        <source>Warn me if I use a password twice</source>
        <translation>同一個密碼重複使用時提醒我</translation>
    </message>
    <message>
        <source>Name, for example “bank”</source>
        <translation>名稱，例如「銀行」</translation>
    </message>
    <message>
        <source>Name for this password</source>
        <translation>這個密碼的名稱</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>記住</translation>
    </message>
    <message>
        <source>Remember this password&apos;s fingerprint</source>
        <translation>記住這個密碼的「指紋」</translation>
    </message>
    <message>
        <source>Forget all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Forget all remembered fingerprints and the key</source>
        <translation>清除所有記住的「指紋」和金鑰</translation>
    </message>
</context>
<context>
    <name>PersonalFields</name>
    <message>
        <source>Optional: what others may know about the person. It makes the check stricter. It is not saved.</source>
        <translation>可以不填：別人可能知道的這個人的資料。填了，檢查會更嚴格。這些不會被儲存。</translation>
    </message>
    <message>
        <source>Name (Chinese characters or pinyin)</source>
        <translation>姓名（中文或拼音）</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>Last 6 characters of the ID card</source>
        <translation>身分證字號後 6 碼</translation>
    </message>
    <message>
        <source>Other words they might use (pet, child, home town)</source>
        <translation>寵物、孩子、家鄉等</translation>
    </message>
    <message>
        <source>For example 1958-03-15</source>
        <translation>例如 1958-03-15</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Type a 6-digit PIN to check it.</source>
        <translation>請輸入要檢查的 6 位數支付密碼。</translation>
    </message>
    <message>
        <source>This PIN is not one of the easy ones. Keep it secret.</source>
        <translation>這個支付密碼不是容易被猜到的那種。請保管好，不要告訴別人。</translation>
    </message>
    <message>
        <source>Please choose another PIN:</source>
        <translation>請換一個支付密碼：</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Close the PIN check</source>
        <translation>關閉支付密碼檢查</translation>
    </message>
    <message>
        <source>Check a 6-digit payment PIN</source>
        <translation>檢查 6 位數支付密碼</translation>
    </message>
    <message>
        <source>The check happens on this computer only. The PIN is never saved.</source>
        <translation>檢查只在這台電腦上進行。支付密碼不會被儲存。</translation>
    </message>
    <message>
        <source>PIN to check</source>
        <translation>要檢查的支付密碼</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show or hide the PIN</source>
        <translation>顯示或隱藏支付密碼</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Profile:</source>
        <translation>個人檔案：</translation>
    </message>
    <message>
        <source>Whose safety steps are shown</source>
        <translation>正在看誰的安全步驟</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>新增個人檔案…</translation>
    </message>
    <message>
        <source>Add a profile for another person</source>
        <translation>為另一個人新增個人檔案</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Edit this profile</source>
        <translation>修改目前的個人檔案</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Delete this profile</source>
        <translation>刪除目前的個人檔案</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>修改個人檔案</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新增個人檔案</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Where they live</source>
        <translation>住在哪裡</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>稱呼</translation>
    </message>
    <message>
        <source>For example: Mum, Dad, Me</source>
        <translation>例如：媽媽、爸爸、我</translation>
    </message>
    <message>
        <source>Their phones (tick every one they use)</source>
        <translation>用的是什麼手機（有用到的都請勾選）</translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>Export profile</source>
        <translation>匯出個人檔案</translation>
    </message>
    <message>
        <source>SafeSteps profile (*.json)</source>
        <translation>安心清單個人檔案 (*.json)</translation>
    </message>
    <message>
        <source>The profile could not be exported: %1</source>
        <translation>個人檔案沒能匯出：%1</translation>
    </message>
    <message>
        <source>The profile was exported to %1.</source>
        <translation>個人檔案已匯出到：%1</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>匯入個人檔案</translation>
    </message>
    <message>
        <source>Nothing was imported. The file has a problem: %1</source>
        <translation>沒有匯入任何資料。這個檔案有問題：%1</translation>
    </message>
    <message>
        <source>Imported the profile “%1”.</source>
        <translation>已匯入「%1」的個人檔案。</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Result kept</source>
        <translation>成績已記下</translation>
    </message>
    <message>
        <source>Close the quiz</source>
        <translation>關閉測驗</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 題（共 %2 題）</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>選項 %1：%2</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>答對了！</translation>
    </message>
    <message>
        <source>Not quite. The right answer is marked ✔.</source>
        <translation>不太對。正確答案已用 ✔ 標出來了。</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>看看我的成績</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一題</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions right.</source>
        <translation>共 %2 題，您答對了 %1 題。</translation>
    </message>
    <message>
        <source>Well done! Remember: never tell anyone a verification code.</source>
        <translation>答得真好！記住：驗證碼誰要都不給。</translation>
    </message>
    <message>
        <source>Remember: never tell anyone a verification code. Try again to practise.</source>
        <translation>記住：驗證碼誰要都不給。再做一次，多練習一下。</translation>
    </message>
    <message>
        <source>Keep this result on the profile</source>
        <translation>把成績記到個人檔案裡</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再做一次</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Copy the text</source>
        <translation>複製文字</translation>
    </message>
    <message>
        <source>Copy the text for %1</source>
        <translation>複製要給「%1」的文字</translation>
    </message>
    <message>
        <source>Scanning it opens a text message to %1 with the report filled in.</source>
        <translation>掃描後會開啟一則傳給 %1 的簡訊，檢舉內容已經填好。</translation>
    </message>
    <message>
        <source>Scanning it offers to call %1.</source>
        <translation>掃描後手機會問您要不要撥打 %1。</translation>
    </message>
    <message>
        <source>Scanning it opens the website %1.</source>
        <translation>掃描後會開啟網站 %1。</translation>
    </message>
    <message>
        <source>QR code: %1, %2</source>
        <translation>QR Code：%1，%2</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Finish doing it together</source>
        <translation>結束一起做</translation>
    </message>
    <message>
        <source>Do it together</source>
        <translation>一起做</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>所有清單</translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation>回到所有清單</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>為什麼要做</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>怎麼做</translation>
    </message>
    <message>
        <source>How to check it is done</source>
        <translation>怎樣確認已經做好</translation>
    </message>
    <message>
        <source>Your note (optional)</source>
        <translation>您的備註（可以不填）</translation>
    </message>
    <message>
        <source>Your note for this step</source>
        <translation>您給這一步寫的備註</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>回到上一步</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後再做</translation>
    </message>
    <message>
        <source>Do this step later</source>
        <translation>這一步稍後再做</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>This step does not apply</source>
        <translation>這一步不適用</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>做好了</translation>
    </message>
    <message>
        <source>I have done this step</source>
        <translation>這一步我已經做好了</translation>
    </message>
    <message>
        <source>Check a password now</source>
        <translation>現在檢查密碼</translation>
    </message>
    <message>
        <source>Check a payment PIN now</source>
        <translation>現在檢查支付密碼</translation>
    </message>
    <message>
        <source>Practise with the quiz</source>
        <translation>做個小測驗練習一下</translation>
    </message>
    <message>
        <source>Open the harassment log</source>
        <translation>開啟騷擾紀錄</translation>
    </message>
    <message>
        <source>Make the printed plan</source>
        <translation>製作列印版清單</translation>
    </message>
    <message>
        <source>%1 · Step %2 of %3 · %4</source>
        <translation>%1 · 第 %2 步（共 %3 步）· %4</translation>
    </message>
    <message>
        <source>In this part: %1 of %2 steps finished</source>
        <translation>這一部分：共 %2 步，已完成 %1 步</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>狀態：%1（%2）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This advice changed since you checked it. Please look at it again.</source>
        <translation>您上次確認之後，這則建議有了更新。請再看一次。</translation>
    </message>
    <message>
        <source>Sources (last checked %1):</source>
        <translation>資料來源（最近查核：%1）：</translation>
    </message>
    <message>
        <source>On other phones:</source>
        <translation>其他手機：</translation>
    </message>
    <message>
        <source>On %1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他地方</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone（蘋果）</translation>
    </message>
    <message>
        <source>Huawei / HarmonyOS</source>
        <translation>華為 / 鴻蒙</translation>
    </message>
    <message>
        <source>Xiaomi / Redmi</source>
        <translation>小米 / 紅米</translation>
    </message>
    <message>
        <source>Samsung</source>
        <translation>三星</translation>
    </message>
    <message>
        <source>Other Android phone</source>
        <translation>其他 Android 手機</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>還沒做</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後再做</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>必做</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>建議做</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Your last change was not saved: the data folder is read-only. Ask someone to make it writable, then try again.</source>
        <translation>您剛才的變更沒有儲存：存放資料的資料夾是唯讀的。請找人把它改成可以寫入，然後再試一次。</translation>
    </message>
    <message>
        <source>Your last change was not saved: the disk is full. Free some space, then try again.</source>
        <translation>您剛才的變更沒有儲存：磁碟已滿。請清出一些空間，然後再試一次。</translation>
    </message>
    <message>
        <source>Your last change was not saved: SafeSteps is busy in another window. Please try again.</source>
        <translation>您剛才的變更沒有儲存：安心清單正在另一個視窗裡忙。請再試一次。</translation>
    </message>
    <message>
        <source>Your last change was not saved: the disk could not be written. Please try again.</source>
        <translation>您剛才的變更沒有儲存：磁碟無法寫入。請再試一次。</translation>
    </message>
    <message>
        <source>Your last change was not saved. Please try again.</source>
        <translation>您剛才的變更沒有儲存。請再試一次。</translation>
    </message>
    <message>
        <source>Please type a name for this person.</source>
        <translation>請填寫這個人的稱呼。</translation>
    </message>
    <message>
        <source>The name is too long. Please use at most 60 characters.</source>
        <translation>稱呼太長了。最多只能寫 60 個字。</translation>
    </message>
    <message>
        <source>There is already a profile with this name. Please choose another name.</source>
        <translation>已經有同樣稱呼的個人檔案了。請換一個稱呼。</translation>
    </message>
    <message>
        <source>This profile cannot be saved. Please check what you typed.</source>
        <translation>這份個人檔案無法儲存。請檢查一下您填寫的內容。</translation>
    </message>
    <message>
        <source>Your saved progress file was damaged, so SafeSteps started a new one. The old file was kept here: %1</source>
        <translation>您儲存進度的檔案損壞了，所以安心清單重新建立了一個。舊檔案保留在這裡：%1</translation>
    </message>
    <message>
        <source>SafeSteps can show your progress but cannot save changes: the data folder is read-only (%1).</source>
        <translation>安心清單可以顯示您的進度，但無法儲存變更：存放資料的資料夾是唯讀的（%1）。</translation>
    </message>
    <message>
        <source>Your progress was saved by a newer version of SafeSteps. It was left untouched. Please update SafeSteps. Changes made now will not be saved.</source>
        <translation>您的進度是用較新版本的安心清單儲存的，我們沒有動它。請更新安心清單。現在做的變更不會被儲存。</translation>
    </message>
    <message>
        <source>SafeSteps cannot save to its data folder (%1). Changes made now will be lost when you close the app.</source>
        <translation>安心清單無法儲存到它的資料夾（%1）。關閉程式後，現在做的變更都會遺失。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SafeSteps</source>
        <translation>歡迎使用安心清單</translation>
    </message>
    <message>
        <source>SafeSteps helps you protect yourself, or someone in your family, from harassment calls and fraud. It shows one step at a time. Every tick is saved at once on this computer.</source>
        <translation>安心清單幫您保護自己和家人，遠離騷擾電話和詐騙。它一次只講一步。您每打一個勾，都會馬上儲存在這台電腦上。</translation>
    </message>
    <message>
        <source>SafeSteps works offline. Nothing you enter leaves this computer.</source>
        <translation>安心清單不用連網。您輸入的內容只留在這台電腦上。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start with this profile</source>
        <translation>用這份個人檔案開始</translation>
    </message>
</context>
</TS>
