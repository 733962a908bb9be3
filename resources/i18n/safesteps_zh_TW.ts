<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Banner</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistCard</name>
    <message>
        <source>%1 of %2 steps finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SafeSteps — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeSteps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SafeSteps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps in this checklist apply to this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1” and all its progress? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeSteps profile (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. The file has a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SafeSteps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeSteps %1
An offline checklist against harassment and fraud.
Nothing you enter leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Safety steps for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps finished (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose safety steps are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile for another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name (for example “Mum” or “Me”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phones (tick every one they use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>All checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to check it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this step later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have done this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a password now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a payment PIN now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise with the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the harassment log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the printed plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Step %2 of %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This advice changed since you checked it. Please look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (last checked %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On other phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Mainland China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei / HarmonyOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiaomi / Redmi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Android phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change was not saved: the data folder is read-only. Ask someone to make it writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change was not saved: the disk is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change was not saved: SafeSteps is busy in another window. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change was not saved: the disk could not be written. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change was not saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a name for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long. Please use at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile with this name. Please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile cannot be saved. Please check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved progress file was damaged, so SafeSteps started a new one. The old file was kept here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeSteps can show your progress but cannot save changes: the data folder is read-only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress was saved by a newer version of SafeSteps. It was left untouched. Please update SafeSteps. Changes made now will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeSteps cannot save to its data folder (%1). Changes made now will be lost when you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SafeSteps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeSteps helps you protect yourself, or someone in your family, from harassment calls and fraud. It shows one step at a time. Every tick is saved at once on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeSteps works offline. Nothing you enter leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
