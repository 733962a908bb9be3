<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>SafeSteps cannot start: its checklist files are damaged. Please reinstall SafeSteps.</source>
        <translation>安心清单无法启动：它的清单文件损坏了。请重新安装安心清单。</translation>
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
        <translation>关闭这条消息</translation>
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
        <translation>进度：%1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开“%1”</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Number: %1</source>
        <translation>号码：%1</translation>
    </message>
    <message>
        <source>There is no single number for this. Write the local number on the printout.</source>
        <translation>这一项没有统一的号码。请把当地的号码写在打印出来的纸上。</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, not WeChat.</source>
        <translation>用手机自带的相机扫码，不要用微信扫。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save the QR code for %1 as a PNG picture</source>
        <translation>把“%1”的二维码保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>保存为 SVG…</translation>
    </message>
    <message>
        <source>Save the QR code for %1 as an SVG drawing</source>
        <translation>把“%1”的二维码保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>QR code: %1, %2</source>
        <translation>二维码：%1，%2</translation>
    </message>
    <message>
        <source>The phone will not send the text by itself: tap Send.</source>
        <translation>手机不会自动发送，请您点“发送”。</translation>
    </message>
    <message>
        <source>The phone will not call by itself: tap Call.</source>
        <translation>手机不会自动拨打，请您点“拨打”。</translation>
    </message>
    <message>
        <source>Scanning it opens a new text message to %1.</source>
        <translation>扫码后会打开一条发给 %1 的新短信。</translation>
    </message>
    <message>
        <source>Scanning it offers to call %1.</source>
        <translation>扫码后手机会问您要不要拨打 %1。</translation>
    </message>
</context>
<context>
    <name>DueBox</name>
    <message>
        <source>Last reviewed: %1</source>
        <translation>上次检查：%1</translation>
    </message>
    <message>
        <source>Not reviewed yet. Come back every few months to check what is due.</source>
        <translation>还没有检查过。请每隔几个月回来看看，有哪些步骤该再做一遍。</translation>
    </message>
    <message>
        <source>Mark as reviewed today</source>
        <translation>今天检查过了</translation>
    </message>
    <message>
        <source>Mark this profile as reviewed today</source>
        <translation>把这个档案记为今天已检查</translation>
    </message>
    <message>
        <source>These steps should be done again:</source>
        <translation>这些步骤该再做一遍了：</translation>
    </message>
    <message>
        <source>Do again: %1</source>
        <translation>再做一遍：%1</translation>
    </message>
</context>
<context>
    <name>HandoutPage</name>
    <message>
        <source>The bank&apos;s number: type digits only, for example 95588.</source>
        <translation>银行的电话：请只填数字，例如 95588。</translation>
    </message>
    <message>
        <source>The family member&apos;s phone: type digits only, for example 139 1234 5678.</source>
        <translation>您的电话号码：请只填数字，例如 139 1234 5678。</translation>
    </message>
    <message>
        <source>A number has no digits. Please check the numbers you typed.</source>
        <translation>有个号码里没有数字。请检查一下您填的号码。</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Key numbers with QR codes: %1</source>
        <translation>带二维码的重要电话：%1 个</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a line to write the number on</source>
        <translation>留一条横线，手写号码</translation>
    </message>
    <message>
        <source>Two wallet cards: “%1”</source>
        <translation>两张钱包小卡片：“%1”</translation>
    </message>
    <message>
        <source>Steps: %1 done, %2 still to do, %3 listed on the plan.</source>
        <translation>步骤：已完成 %1 项，还要做 %2 项，清单上列出 %3 项。</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>把清单保存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>清单没能保存：%1</translation>
    </message>
    <message>
        <source>The plan was saved to %1.</source>
        <translation>清单已保存到：%1</translation>
    </message>
    <message>
        <source>Printing did not start. Check that the printer is on and try again.</source>
        <translation>没能开始打印。请看看打印机有没有打开，然后再试一次。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Close the printed plan</source>
        <translation>关闭打印版清单</translation>
    </message>
    <message>
        <source>Print a plan to leave with them</source>
        <translation>打印一份清单，留给家人</translation>
    </message>
    <message>
        <source>A large-print page with the key numbers and their QR codes, a wallet card about verification codes, and what is done and what is left.</source>
        <translation>一页大字的纸：有重要电话和它们的二维码，有一张提醒验证码的钱包小卡片，还写着哪些步骤做好了、哪些还没做。</translation>
    </message>
    <message>
        <source>Their bank&apos;s own number (optional)</source>
        <translation>银行的官方客服电话（可以不填）</translation>
    </message>
    <message>
        <source>Your name, as their helper (optional)</source>
        <translation>您的称呼，作为帮忙的家人（可以不填）</translation>
    </message>
    <message>
        <source>Your phone number (optional)</source>
        <translation>您的电话号码（可以不填）</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>清单的语言</translation>
    </message>
    <message>
        <source>For example 95588</source>
        <translation>例如 95588</translation>
    </message>
    <message>
        <source>For example: Xiaoming</source>
        <translation>例如：小明</translation>
    </message>
    <message>
        <source>For example 139 1234 5678</source>
        <translation>例如 139 1234 5678</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>会打印出来的内容</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Save the plan as a PDF file</source>
        <translation>把清单保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>打印清单</translation>
    </message>
</context>
<context>
    <name>HarassmentPage</name>
    <message>
        <source>Change this entry</source>
        <translation>修改这条记录</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete this entry from the log? This cannot be undone.</source>
        <translation>要从骚扰记录里删除这条记录吗？删除后就找不回来了。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>删除这条记录</translation>
    </message>
    <message>
        <source>Keep the entry</source>
        <translation>保留这条记录</translation>
    </message>
    <message>
        <source>Type the number that called or texted.</source>
        <translation>请填写打来电话或发来短信的号码。</translation>
    </message>
    <message>
        <source>The number must contain digits.</source>
        <translation>号码里要有数字。</translation>
    </message>
    <message>
        <source>The number is too long: at most %1 characters.</source>
        <translation>号码太长了，最多只能填 %1 个字。</translation>
    </message>
    <message>
        <source>Choose the date and time it happened.</source>
        <translation>请选择发生的日期和时间。</translation>
    </message>
    <message>
        <source>Choose whether it was a call, a text or something else.</source>
        <translation>请选择是电话、短信，还是别的。</translation>
    </message>
    <message>
        <source>What was said is too long: at most %1 characters are kept.</source>
        <translation>对方说的内容太长了，最多只能保留 %1 个字。</translation>
    </message>
    <message>
        <source>What was done is too long: at most %1 characters.</source>
        <translation>“您是怎么处理的”写得太长了，最多只能写 %1 个字。</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been deleted in another window.</source>
        <translation>这条记录已经不在了，可能在另一个窗口里被删除了。</translation>
    </message>
    <message>
        <source>This entry cannot be saved. Please check what you typed.</source>
        <translation>这条记录保存不了。请检查一下您填写的内容。</translation>
    </message>
    <message>
        <source>The message was too long. Only the first %1 characters were kept.</source>
        <translation>这段内容太长了，只保留了前 %1 个字。</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Export the log as CSV</source>
        <translation>把骚扰记录导出为 CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>The log could not be exported: %1</source>
        <translation>骚扰记录没能导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were exported to %1.</source>
        <translation>
            <numerusform>已把 %n 条记录导出到：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the log as PDF</source>
        <translation>把骚扰记录导出为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Call or text</source>
        <translation>电话或短信</translation>
    </message>
    <message>
        <source>What was said or written</source>
        <translation>对方说了什么、写了什么</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>怎么处理的</translation>
    </message>
    <message>
        <source>Harassment log: %1</source>
        <translation>骚扰记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported on %1. %n entries. The messages are exactly as they were entered.</source>
        <translation>
            <numerusform>导出日期：%1。共 %n 条记录。内容和当初填写的完全一样，没有改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The number %1, %2.</source>
        <translation>号码 %1，时间 %2。</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, not WeChat.</source>
        <translation>用手机自带的相机扫码，不要用微信扫。</translation>
    </message>
    <message>
        <source>The phone will not send the text by itself: tap Send.</source>
        <translation>手机不会自动发送，请您点“发送”。</translation>
    </message>
    <message>
        <source>The phone will not call by itself: tap Call.</source>
        <translation>手机不会自动拨打，请您点“拨打”。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Close the harassment log</source>
        <translation>关闭骚扰记录</translation>
    </message>
    <message>
        <source>Harassment log</source>
        <translation>骚扰记录</translation>
    </message>
    <message>
        <source>Write down every nuisance call or text: the number, the time and exactly what was said. This is your evidence when you report it.</source>
        <translation>每次接到骚扰电话或短信，都记下来：号码、时间，还有对方的原话。举报的时候，这些就是证据。</translation>
    </message>
    <message>
        <source>Nothing in the log yet. Fill in the form below and press Add.</source>
        <translation>还没有记录。请填写下面的表格，然后点“添加”。</translation>
    </message>
    <message>
        <source>Harassment log entries</source>
        <translation>骚扰记录列表</translation>
    </message>
    <message>
        <source>Number that called or texted</source>
        <translation>打来电话或发来短信的号码</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>发生的时间</translation>
    </message>
    <message>
        <source>What was said or written (the original message, unchanged)</source>
        <translation>对方说了什么、写了什么（照原话写，一个字也不改）</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>您是怎么处理的</translation>
    </message>
    <message>
        <source>For example 13800138000</source>
        <translation>例如 13800138000</translation>
    </message>
    <message>
        <source>For example: hung up, blocked the number, reported it</source>
        <translation>例如：挂断了、拉黑了、举报了</translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation>开始写一条新记录</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add this as a new entry</source>
        <translation>把这些添加为一条新记录</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Save the changes to this entry</source>
        <translation>保存对这条记录的修改</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>删除这条记录</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>我要举报</translation>
    </message>
    <message>
        <source>Make a report about this entry</source>
        <translation>举报这条记录里的号码</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the log as a CSV table</source>
        <translation>把骚扰记录导出为 CSV 表格</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export the log as a PDF document</source>
        <translation>把骚扰记录导出为 PDF 文件</translation>
    </message>
    <message>
        <source>Back to the log</source>
        <translation>回到骚扰记录</translation>
    </message>
    <message>
        <source>Report this number</source>
        <translation>举报这个号码</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: steps to do again: %2</source>
        <translation>%1：有 %2 个步骤该再做一遍</translation>
    </message>
    <message>
        <source>Welcome back. Some steps should be done again:</source>
        <translation>欢迎回来。有些步骤该再做一遍了：</translation>
    </message>
    <message>
        <source>SafeSteps — %1</source>
        <translation>安心清单 — %1</translation>
    </message>
    <message>
        <source>SafeSteps</source>
        <translation>安心清单</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export this profile…</source>
        <translation>导出这个档案(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import a profile…</source>
        <translation>导入档案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Do it together (full screen)</source>
        <translation>一起做（全屏）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Check a &amp;password…</source>
        <translation>检查密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Check a payment &amp;PIN…</source>
        <translation>检查支付密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Verification-code &amp;quiz</source>
        <translation>验证码小测验(&amp;Q)</translation>
    </message>
    <message>
        <source>Key &amp;numbers and QR codes…</source>
        <translation>重要电话和二维码(&amp;N)…</translation>
    </message>
    <message>
        <source>Harassment &amp;log…</source>
        <translation>骚扰记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Printed &amp;plan to leave behind…</source>
        <translation>打印清单，留给家人(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SafeSteps</source>
        <translation>关于安心清单(&amp;A)</translation>
    </message>
    <message>
        <source>No steps in this checklist apply to this profile.</source>
        <translation>这份清单里没有适合这个档案的步骤。</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>档案没有保存。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除档案</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and all its progress? This cannot be undone.</source>
        <translation>要删除“%1”的档案和全部进度吗？删除后就找不回来了。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>About SafeSteps</source>
        <translation>关于安心清单</translation>
    </message>
    <message>
        <source>SafeSteps %1
An offline checklist against harassment and fraud.
Nothing you enter leaves this computer.</source>
        <translation>安心清单 %1
不用联网的防骚扰、防诈骗清单。
您输入的内容只留在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <source>Your bank</source>
        <translation>您的银行</translation>
    </message>
    <message>
        <source>If a caller says they are your bank, hang up and call this number yourself.</source>
        <translation>有人打电话说是您的银行，先挂断，再自己打这个号码问。</translation>
    </message>
    <message>
        <source>Save the QR code as a picture</source>
        <translation>把二维码保存为图片</translation>
    </message>
    <message>
        <source>Save the QR code as a drawing</source>
        <translation>把二维码保存为矢量图</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>The QR code could not be saved: %1</source>
        <translation>二维码没能保存：%1</translation>
    </message>
    <message>
        <source>The QR code was saved to %1.</source>
        <translation>二维码已保存到：%1</translation>
    </message>
    <message>
        <source>Key numbers and QR codes</source>
        <translation>重要电话和二维码</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera, not WeChat.</source>
        <translation>用手机自带的相机扫码，不要用微信扫。</translation>
    </message>
    <message>
        <source>Write the number here:</source>
        <translation>在这里写上号码：</translation>
    </message>
    <message>
        <source>Printing did not start. Check that the printer is on and try again.</source>
        <translation>没能开始打印。请看看打印机有没有打开，然后再试一次。</translation>
    </message>
    <message>
        <source>Numbers for: %1</source>
        <translation>这些号码适用于：%1</translation>
    </message>
    <message>
        <source>Scan a code with the phone&apos;s camera: the phone then offers to call or to write the text, and you decide.</source>
        <translation>用手机的相机扫一下二维码，手机会问您要不要打电话或写短信，由您自己决定。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Close the key numbers</source>
        <translation>关闭重要电话</translation>
    </message>
    <message>
        <source>Your bank&apos;s own number (on the back of the bank card):</source>
        <translation>您银行的官方电话（印在银行卡背面）：</translation>
    </message>
    <message>
        <source>Your bank&apos;s own number</source>
        <translation>您银行的官方电话</translation>
    </message>
    <message>
        <source>For example 95588</source>
        <translation>例如 95588</translation>
    </message>
    <message>
        <source>Type the number with digits only, for example 95588.</source>
        <translation>请只用数字填写号码，例如 95588。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print all these numbers and codes</source>
        <translation>打印这些号码和二维码</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Safety steps for %1</source>
        <translation>%1的安全步骤</translation>
    </message>
    <message>
        <source>%1 of %2 steps finished (%3%)</source>
        <translation>共 %2 步，已完成 %1 步（%3%）</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总进度</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>Time to guess it: %1</source>
        <translation>猜出它要多久：%1</translation>
    </message>
    <message>
        <source>You already use this password for: %1. Use a different one here.</source>
        <translation>这个密码您已经用在：%1。这里请换一个不一样的密码。</translation>
    </message>
    <message>
        <source>Type a password to check it.</source>
        <translation>请输入要检查的密码。</translation>
    </message>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>非常弱：很容易被猜出来</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>弱：容易被猜出来</translation>
    </message>
    <message>
        <source>Not strong enough</source>
        <translation>还不够强</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>不错</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>很强</translation>
    </message>
    <message>
        <source>Give this password a name, for example “bank”. SafeSteps keeps only a fingerprint, locked with a key in this computer&apos;s keyring, and warns you if you use the same password again.</source>
        <translation>给这个密码起个名字，例如“银行”。安心清单只保存密码的“指纹”，不保存密码本身，并用这台电脑“系统钥匙串”里的密钥锁好。以后您再用同一个密码时，它会提醒您。</translation>
    </message>
    <message>
        <source>Remembered: %1</source>
        <translation>已记住：%1</translation>
    </message>
    <message>
        <source>The reuse warning is off: the system keyring is locked. Unlock it (log in again), then come back.</source>
        <translation>重复使用提醒现在用不了：“系统钥匙串”锁住了。请把它解锁（重新登录电脑），然后再回来。</translation>
    </message>
    <message>
        <source>The reuse warning is off: this computer has no system keyring SafeSteps can use. Everything else works.</source>
        <translation>重复使用提醒现在用不了：这台电脑上没有安心清单能用的“系统钥匙串”。其他功能都能正常使用。</translation>
    </message>
    <message>
        <source>Type a password and a name for it first.</source>
        <translation>请先输入密码，再给它起个名字。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>显示或隐藏密码</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Close the password check</source>
        <translation>关闭密码检查</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>检查密码</translation>
    </message>
    <message>
        <source>The check happens on this computer only. What you type is never saved, and it is cleared when you leave this page.</source>
        <translation>检查只在这台电脑上进行。您输入的内容不会被保存，离开这一页时就会清除。</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>要检查的密码</translation>
    </message>
    <message>
        <source>Warn me if I use a password twice</source>
        <translation>同一个密码用了两次时提醒我</translation>
    </message>
    <message>
        <source>Name, for example “bank”</source>
        <translation>名字，例如“银行”</translation>
    </message>
    <message>
        <source>Name for this password</source>
        <translation>这个密码的名字</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <source>Remember this password&apos;s fingerprint</source>
        <translation>记住这个密码的“指纹”</translation>
    </message>
    <message>
        <source>Forget all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Forget all remembered fingerprints and the key</source>
        <translation>清除所有记住的“指纹”和密钥</translation>
    </message>
</context>
<context>
    <name>PersonalFields</name>
    <message>
        <source>Optional: what others may know about the person. It makes the check stricter. It is not saved.</source>
        <translation>可以不填：别人可能知道的这个人的信息。填了，检查会更严格。这些不会被保存。</translation>
    </message>
    <message>
        <source>Name (Chinese characters or pinyin)</source>
        <translation>姓名（汉字或拼音）</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Last 6 characters of the ID card</source>
        <translation>身份证号后 6 位</translation>
    </message>
    <message>
        <source>Other words they might use (pet, child, home town)</source>
        <translation>宠物、孩子、老家等</translation>
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
        <translation>请输入要检查的 6 位支付密码。</translation>
    </message>
    <message>
        <source>This PIN is not one of the easy ones. Keep it secret.</source>
        <translation>这个支付密码不是容易猜的那种。请保管好，不要告诉别人。</translation>
    </message>
    <message>
        <source>Please choose another PIN:</source>
        <translation>请换一个支付密码：</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Close the PIN check</source>
        <translation>关闭支付密码检查</translation>
    </message>
    <message>
        <source>Check a 6-digit payment PIN</source>
        <translation>检查 6 位支付密码</translation>
    </message>
    <message>
        <source>The check happens on this computer only. The PIN is never saved.</source>
        <translation>检查只在这台电脑上进行。支付密码不会被保存。</translation>
    </message>
    <message>
        <source>PIN to check</source>
        <translation>要检查的支付密码</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the PIN</source>
        <translation>显示或隐藏支付密码</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Profile:</source>
        <translation>档案：</translation>
    </message>
    <message>
        <source>Whose safety steps are shown</source>
        <translation>正在看谁的安全步骤</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>新建档案…</translation>
    </message>
    <message>
        <source>Add a profile for another person</source>
        <translation>为另一个人新建档案</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Edit this profile</source>
        <translation>修改当前档案</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete this profile</source>
        <translation>删除当前档案</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>修改档案</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建档案</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Where they live</source>
        <translation>住在哪里</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>For example: Mum, Dad, Me</source>
        <translation>例如：妈妈、爸爸、我</translation>
    </message>
    <message>
        <source>Their phones (tick every one they use)</source>
        <translation>用的是什么手机（用哪几种就勾哪几种）</translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>Export profile</source>
        <translation>导出档案</translation>
    </message>
    <message>
        <source>SafeSteps profile (*.json)</source>
        <translation>安心清单档案 (*.json)</translation>
    </message>
    <message>
        <source>The profile could not be exported: %1</source>
        <translation>档案没能导出：%1</translation>
    </message>
    <message>
        <source>The profile was exported to %1.</source>
        <translation>档案已导出到：%1</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>导入档案</translation>
    </message>
    <message>
        <source>Nothing was imported. The file has a problem: %1</source>
        <translation>什么也没有导入。这个文件有问题：%1</translation>
    </message>
    <message>
        <source>Imported the profile “%1”.</source>
        <translation>已导入“%1”的档案。</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Result kept</source>
        <translation>成绩已记下</translation>
    </message>
    <message>
        <source>Close the quiz</source>
        <translation>关闭测验</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题（共 %2 题）</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>选项 %1：%2</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>答对了！</translation>
    </message>
    <message>
        <source>Not quite. The right answer is marked ✔.</source>
        <translation>不太对。正确答案已用 ✔ 标出来了。</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>看看我的成绩</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions right.</source>
        <translation>共 %2 道题，您答对了 %1 道。</translation>
    </message>
    <message>
        <source>Well done! Remember: never tell anyone a verification code.</source>
        <translation>答得真好！记住：验证码谁要都不给。</translation>
    </message>
    <message>
        <source>Remember: never tell anyone a verification code. Try again to practise.</source>
        <translation>记住：验证码谁要都不给。再做一次，多练一练。</translation>
    </message>
    <message>
        <source>Keep this result on the profile</source>
        <translation>把成绩记到档案里</translation>
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
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Copy the text for %1</source>
        <translation>复制发给“%1”的文字</translation>
    </message>
    <message>
        <source>Scanning it opens a text message to %1 with the report filled in.</source>
        <translation>扫码后会打开一条发给 %1 的短信，举报内容已经填好。</translation>
    </message>
    <message>
        <source>Scanning it offers to call %1.</source>
        <translation>扫码后手机会问您要不要拨打 %1。</translation>
    </message>
    <message>
        <source>Scanning it opens the website %1.</source>
        <translation>扫码后会打开网站 %1。</translation>
    </message>
    <message>
        <source>QR code: %1, %2</source>
        <translation>二维码：%1，%2</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Finish doing it together</source>
        <translation>结束一起做</translation>
    </message>
    <message>
        <source>Do it together</source>
        <translation>一起做</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>全部清单</translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation>回到全部清单</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>为什么要做</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <source>How to check it is done</source>
        <translation>怎样确认已经做好</translation>
    </message>
    <message>
        <source>Your note (optional)</source>
        <translation>您的备注（可以不填）</translation>
    </message>
    <message>
        <source>Your note for this step</source>
        <translation>您给这一步写的备注</translation>
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
        <translation>以后再做</translation>
    </message>
    <message>
        <source>Do this step later</source>
        <translation>这一步以后再做</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>This step does not apply</source>
        <translation>这一步不适用</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>做好了</translation>
    </message>
    <message>
        <source>I have done this step</source>
        <translation>这一步我已经做好了</translation>
    </message>
    <message>
        <source>Check a password now</source>
        <translation>现在检查密码</translation>
    </message>
    <message>
        <source>Check a payment PIN now</source>
        <translation>现在检查支付密码</translation>
    </message>
    <message>
        <source>Practise with the quiz</source>
        <translation>做个小测验练一练</translation>
    </message>
    <message>
        <source>Open the harassment log</source>
        <translation>打开骚扰记录</translation>
    </message>
    <message>
        <source>Make the printed plan</source>
        <translation>制作打印版清单</translation>
    </message>
    <message>
        <source>%1 · Step %2 of %3 · %4</source>
        <translation>%1 · 第 %2 步（共 %3 步）· %4</translation>
    </message>
    <message>
        <source>In this part: %1 of %2 steps finished</source>
        <translation>这一部分：共 %2 步，已完成 %1 步</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>状态：%1（%2）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This advice changed since you checked it. Please look at it again.</source>
        <translation>您上次确认以后，这条建议有了变化。请再看一遍。</translation>
    </message>
    <message>
        <source>Sources (last checked %1):</source>
        <translation>资料来源（最近核对：%1）：</translation>
    </message>
    <message>
        <source>On other phones:</source>
        <translation>其他手机：</translation>
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
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他地方</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone（苹果）</translation>
    </message>
    <message>
        <source>Huawei / HarmonyOS</source>
        <translation>华为 / 鸿蒙</translation>
    </message>
    <message>
        <source>Xiaomi / Redmi</source>
        <translation>小米 / 红米</translation>
    </message>
    <message>
        <source>Samsung</source>
        <translation>三星</translation>
    </message>
    <message>
        <source>Other Android phone</source>
        <translation>其他安卓手机</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>还没做</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再做</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>必做</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>建议做</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>进阶</translation>
    </message>
    <message>
        <source>Your last change was not saved: the data folder is read-only. Ask someone to make it writable, then try again.</source>
        <translation>您刚才的改动没有保存：存数据的文件夹是只读的。请找人把它改成可以写入，然后再试一次。</translation>
    </message>
    <message>
        <source>Your last change was not saved: the disk is full. Free some space, then try again.</source>
        <translation>您刚才的改动没有保存：磁盘满了。请腾出一些空间，然后再试一次。</translation>
    </message>
    <message>
        <source>Your last change was not saved: SafeSteps is busy in another window. Please try again.</source>
        <translation>您刚才的改动没有保存：安心清单正在另一个窗口里忙。请再试一次。</translation>
    </message>
    <message>
        <source>Your last change was not saved: the disk could not be written. Please try again.</source>
        <translation>您刚才的改动没有保存：磁盘写不进去。请再试一次。</translation>
    </message>
    <message>
        <source>Your last change was not saved. Please try again.</source>
        <translation>您刚才的改动没有保存。请再试一次。</translation>
    </message>
    <message>
        <source>Please type a name for this person.</source>
        <translation>请填写这个人的称呼。</translation>
    </message>
    <message>
        <source>The name is too long. Please use at most 60 characters.</source>
        <translation>称呼太长了。最多只能写 60 个字。</translation>
    </message>
    <message>
        <source>There is already a profile with this name. Please choose another name.</source>
        <translation>已经有一个同样称呼的档案了。请换一个称呼。</translation>
    </message>
    <message>
        <source>This profile cannot be saved. Please check what you typed.</source>
        <translation>这个档案保存不了。请检查一下您填写的内容。</translation>
    </message>
    <message>
        <source>Your saved progress file was damaged, so SafeSteps started a new one. The old file was kept here: %1</source>
        <translation>您保存进度的文件坏了，所以安心清单重新建了一个。旧文件留在这里：%1</translation>
    </message>
    <message>
        <source>SafeSteps can show your progress but cannot save changes: the data folder is read-only (%1).</source>
        <translation>安心清单能显示您的进度，但保存不了改动：存数据的文件夹是只读的（%1）。</translation>
    </message>
    <message>
        <source>Your progress was saved by a newer version of SafeSteps. It was left untouched. Please update SafeSteps. Changes made now will not be saved.</source>
        <translation>您的进度是用更新版本的安心清单保存的，我们没有动它。请更新安心清单。现在做的改动不会被保存。</translation>
    </message>
    <message>
        <source>SafeSteps cannot save to its data folder (%1). Changes made now will be lost when you close the app.</source>
        <translation>安心清单没法保存到它的数据文件夹（%1）。关掉程序后，现在做的改动都会丢失。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SafeSteps</source>
        <translation>欢迎使用安心清单</translation>
    </message>
    <message>
        <source>SafeSteps helps you protect yourself, or someone in your family, from harassment calls and fraud. It shows one step at a time. Every tick is saved at once on this computer.</source>
        <translation>安心清单帮您保护自己和家人，远离骚扰电话和诈骗。它一次只讲一步。您每打一个勾，都会马上保存在这台电脑上。</translation>
    </message>
    <message>
        <source>SafeSteps works offline. Nothing you enter leaves this computer.</source>
        <translation>安心清单不用联网。您输入的内容只留在这台电脑上。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start with this profile</source>
        <translation>用这个档案开始</translation>
    </message>
</context>
</TS>
