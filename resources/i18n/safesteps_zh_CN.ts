<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Verification-code &amp;quiz</source>
        <translation>验证码小测验(&amp;Q)</translation>
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
        <source>Nothing was imported: %1</source>
        <translation>什么也没有导入：%1</translation>
    </message>
    <message>
        <source>Imported the profile “%1”.</source>
        <translation>已导入“%1”的档案。</translation>
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
