<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <source>Verification-code &amp;quiz</source>
        <translation>驗證碼小測驗(&amp;Q)</translation>
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
        <source>Nothing was imported: %1</source>
        <translation>沒有匯入任何資料：%1</translation>
    </message>
    <message>
        <source>Imported the profile “%1”.</source>
        <translation>已匯入「%1」的個人檔案。</translation>
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
