<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="84"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="85"/>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="86"/>
        <source>&amp;Export brief…</source>
        <translation>导出摘编(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="87"/>
        <source>&amp;Print brief…</source>
        <translation>打印摘编(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="88"/>
        <source>&amp;Compare with…</source>
        <translation>新旧对照(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="89"/>
        <source>Document &amp;information…</source>
        <translation>文档信息(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="90"/>
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="92"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="93"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="94"/>
        <source>Copy with &amp;citation</source>
        <translation>复制并注明出处(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="95"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="96"/>
        <source>Add &amp;note…</source>
        <translation>添加批注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="97"/>
        <source>&amp;Bookmark</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="98"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="99"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="100"/>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="101"/>
        <source>&amp;Search library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="102"/>
        <source>Original &amp;page</source>
        <translation>原文页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="103"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="104"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="105"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="106"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="108"/>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="112"/>
        <source>&amp;Previous tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="116"/>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="117"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="118"/>
        <source>&amp;Light theme</source>
        <translation>浅色主题(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="119"/>
        <source>&amp;Sepia theme</source>
        <translation>护眼主题(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="120"/>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="121"/>
        <source>Language: &amp;system</source>
        <translation>语言：跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="122"/>
        <source>Language: 中文</source>
        <translation>语言：中文</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/actions.py" line="123"/>
        <source>Language: English</source>
        <translation>Language: English</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <location filename="../../gzreader/ui/annotations/annotating.py" line="65"/>
        <source>Copied with citation</source>
        <translation>已复制（含出处）</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="119"/>
        <source>Filter by text</source>
        <translation>按文字筛选</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="120"/>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="195"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="121"/>
        <source>Tags, separated by spaces</source>
        <translation>标签（以空格分隔）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="122"/>
        <source>Save note and tags</source>
        <translation>保存批注和标签</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="123"/>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="240"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="137"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="140"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="162"/>
        <source>In the text</source>
        <translation>正文中</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="163"/>
        <source>Not found in this version (orphans)</source>
        <translation>新版本中未找到（失锚）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="194"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="196"/>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/annotations_panel.py" line="237"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gzreader/ui/app.py" line="105"/>
        <source>Something went wrong: %1
Your annotations are saved. Details are in %2</source>
        <translation>出错了：%1
您的批注均已保存。详细信息见 %2</translation>
    </message>
</context>
<context>
    <name>BriefExporter</name>
    <message>
        <location filename="../../gzreader/ui/briefs/briefing.py" line="48"/>
        <source>Save brief</source>
        <translation>保存摘编</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/briefing.py" line="74"/>
        <source>No annotation matches these choices, so there is nothing to put in a brief.</source>
        <translation>没有符合这些条件的批注，摘编中没有可放的内容。</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/briefing.py" line="93"/>
        <source>Building the brief…</source>
        <translation>正在生成摘编…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/briefing.py" line="110"/>
        <location filename="../../gzreader/ui/briefs/briefing.py" line="115"/>
        <source>Brief saved</source>
        <translation>摘编已保存</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/briefing.py" line="110"/>
        <source>Saved %1. Open it now?</source>
        <translation>已保存 %1。现在打开吗？</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/briefing.py" line="116"/>
        <source>No program to open PDF files was found. The brief is at %1</source>
        <translation>没有找到能打开 PDF 文件的程序。摘编已保存在 %1</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/briefing.py" line="124"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>CitedByPanel</name>
    <message>
        <location filename="../../gzreader/ui/reading/cited_by_panel.py" line="46"/>
        <source>Move into a clause to see what refers to it.</source>
        <translation>移到某一条款，即可看到引用它的地方。</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/cited_by_panel.py" line="48"/>
        <source>Finding what refers to %1…</source>
        <translation>正在查找引用%1的地方…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/cited_by_panel.py" line="50"/>
        <source>%1 is cited %2 time(s)</source>
        <translation>%1 被引用 %2 次</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/cited_by_panel.py" line="56"/>
        <source>Not in your library (%1)</source>
        <translation>不在文库中的文件（%1）</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gzreader/ui/compare/compare_view.py" line="136"/>
        <source>Compare: %1 → %2</source>
        <translation>新旧对照：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/compare_view.py" line="137"/>
        <source>Too different to pair every clause: the rest is listed as deleted and added.</source>
        <translation>差别过大，无法逐条对应：其余条款列为删除和新增。</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/compare_view.py" line="139"/>
        <source>Export table…</source>
        <translation>导出对照表…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/compare_view.py" line="143"/>
        <source>All changes</source>
        <translation>全部修改</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/compare_view.py" line="147"/>
        <source>Everything, unchanged too</source>
        <translation>全部条文（含未修改）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/compare_view.py" line="173"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/compare_view.py" line="173"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/compare_view.py" line="173"/>
        <source>No changes</source>
        <translation>没有修改</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/compare_view.py" line="228"/>
        <source>Export table</source>
        <translation>导出对照表</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/compare_view.py" line="251"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <location filename="../../gzreader/ui/compare/comparing.py" line="36"/>
        <source>Version %1 (%2, %3)</source>
        <translation>第 %1 版（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/comparing.py" line="58"/>
        <source>There is nothing to compare with: import another version first.</source>
        <translation>没有可对照的对象：请先导入另一个版本。</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/comparing.py" line="62"/>
        <source>Compare with…</source>
        <translation>新旧对照…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/comparing.py" line="62"/>
        <source>Earlier version or document:</source>
        <translation>较早的版本或文档：</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/compare/comparing.py" line="78"/>
        <source>Comparing…</source>
        <translation>正在对照…</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <location filename="../../gzreader/ui/library/opening.py" line="71"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="81"/>
        <source>Export brief</source>
        <translation>导出摘编</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="81"/>
        <source>Print brief</source>
        <translation>打印摘编</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="83"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="84"/>
        <source>Colours (none: all)</source>
        <translation>颜色（不选即全部）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="85"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="86"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="87"/>
        <source>Include</source>
        <translation>包括</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="88"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="89"/>
        <source>Cited articles</source>
        <translation>引用条文</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="90"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="91"/>
        <source>Orphans</source>
        <translation>失锚批注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="92"/>
        <source>Pages</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="93"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="100"/>
        <source>Default: 《document title》批注摘编</source>
        <translation>默认：《文件标题》批注摘编</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="101"/>
        <source>Only annotations with one of these tags (spaces between)</source>
        <translation>只含带有这些标签之一的批注（以空格分隔）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="102"/>
        <source>Only the current clause and the clauses under it</source>
        <translation>只含当前条款及其下级条款</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="103"/>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="104"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="105"/>
        <source>Show each excerpt&apos;s whole clause, the quote marked</source>
        <translation>显示每条摘录所在的整条原文，并标出引文</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="106"/>
        <source>Print under each excerpt the articles it refers to (引用条文)</source>
        <translation>在每条摘录下附上它引用的条文（引用条文）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="107"/>
        <source>List bookmarks at the end</source>
        <translation>在末尾列出书签</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="108"/>
        <source>Add annotations whose text was not found, marked as such</source>
        <translation>附上原文已找不到的批注，并加以标明</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/briefs/export_dialog.py" line="109"/>
        <source>Cite the page of the original (documents imported from PDF)</source>
        <translation>引用原文页码（从 PDF 导入的文档）</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../gzreader/ui/feedback.py" line="54"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../gzreader/ui/reading/find_bar.py" line="38"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/find_bar.py" line="39"/>
        <source>Previous (Shift+F3)</source>
        <translation>上一个 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/find_bar.py" line="40"/>
        <source>Next (F3)</source>
        <translation>下一个 (F3)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/find_bar.py" line="90"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/find_bar.py" line="93"/>
        <source>%1 of %2</source>
        <translation>第 %1 / 共 %2 处</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../gzreader/ui/library/importing.py" line="48"/>
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/importing.py" line="50"/>
        <source>Documents (*.txt *.md *.html *.htm *.docx *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>文档 (*.txt *.md *.html *.htm *.docx *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/importing.py" line="60"/>
        <source>Import a folder of documents</source>
        <translation>导入文件夹中的文档</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/importing.py" line="73"/>
        <source>%1: no documents to import in this folder</source>
        <translation>%1：此文件夹中没有可导入的文档</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/importing.py" line="137"/>
        <source>Import cancelled; the document was not stored.</source>
        <translation>导入已取消，文档没有保存。</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/importing.py" line="140"/>
        <source>the import stopped on this file (it crashed the reader, or needed more memory or time than an import may take); nothing of it was stored</source>
        <translation>导入在此文件处中止（文件使读取程序崩溃，或所需内存或时间超过导入的上限）；此文件未存入任何内容</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/importing.py" line="89"/>
        <location filename="../../gzreader/ui/library/importing.py" line="151"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/importing.py" line="108"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gzreader/ui/library/importing.py" line="159"/>
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>已导入 %n 篇文档</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfoDialog</name>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="78"/>
        <source>History (题注)</source>
        <translation>沿革（题注）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="79"/>
        <source>Use the text&apos;s values</source>
        <translation>恢复为正文所载</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="91"/>
        <source>Document information</source>
        <translation>文档信息</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="97"/>
        <source>Title (标题)</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="98"/>
        <source>Doc. no. (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="99"/>
        <source>Issuer (发文机关)</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="100"/>
        <source>Kind (文种)</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="101"/>
        <source>Level (效力级别)</source>
        <translation>效力级别</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="102"/>
        <source>Written (成文日期)</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="103"/>
        <source>Published (公布日期)</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="104"/>
        <source>In force from (施行日期)</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="105"/>
        <source>Version date</source>
        <translation>版本日期</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="106"/>
        <source>Status (时效性)</source>
        <translation>时效性</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="121"/>
        <source>as the library decides: %1</source>
        <translation>由文库判定：%1</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="123"/>
        <source>not found in the text</source>
        <translation>正文中未找到</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="125"/>
        <source>set by you</source>
        <translation>由你设定</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="131"/>
        <source>from the text: “%1”</source>
        <translation>取自正文：“%1”</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="133"/>
        <source>from the file name</source>
        <translation>取自文件名</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="134"/>
        <source>from the title</source>
        <translation>取自标题</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="135"/>
        <source>guessed from the title</source>
        <translation>据标题推断</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="136"/>
        <source>from the title and the issuer</source>
        <translation>据标题与发文机关</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="137"/>
        <source>guessed from the title and the issuer</source>
        <translation>据标题与发文机关推断</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/info_dialog.py" line="138"/>
        <source>from the text</source>
        <translation>取自正文</translation>
    </message>
</context>
<context>
    <name>KeywordsPanel</name>
    <message>
        <location filename="../../gzreader/ui/reading/keywords_panel.py" line="29"/>
        <source>Key terms of the document</source>
        <translation>全文关键词</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/keywords_panel.py" line="30"/>
        <source>Key terms of the current clause</source>
        <translation>当前条款关键词</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="157"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="161"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="160"/>
        <source>Doc. no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="158"/>
        <source>Kind</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="159"/>
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="162"/>
        <source>Status</source>
        <translation>时效性</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="163"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="164"/>
        <source>Highlights &amp; notes</source>
        <translation>高亮与批注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="165"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="168"/>
        <source>Filter by title, issuer, doc. no. or kind</source>
        <translation>按标题、发文机关、文号或文种筛选</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="169"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="170"/>
        <location filename="../../gzreader/ui/library/library_panel.py" line="312"/>
        <source>Information…</source>
        <translation>信息…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="172"/>
        <location filename="../../gzreader/ui/library/library_panel.py" line="314"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="178"/>
        <source>All issuers</source>
        <translation>全部发文机关</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="179"/>
        <source>All kinds</source>
        <translation>全部文种</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="180"/>
        <source>All levels</source>
        <translation>全部效力级别</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="181"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="182"/>
        <source>Any status</source>
        <translation>全部时效性</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="310"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="311"/>
        <source>Open in new tab</source>
        <translation>在新标签页中打开</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_panel.py" line="171"/>
        <location filename="../../gzreader/ui/library/library_panel.py" line="313"/>
        <source>Compare with…</source>
        <translation>新旧对照…</translation>
    </message>
</context>
<context>
    <name>LibrarySync</name>
    <message>
        <location filename="../../gzreader/ui/library/library_sync.py" line="62"/>
        <source>Remove “%1” and its %2 annotation(s) from the library?</source>
        <translation>从文库中移除《%1》及其 %2 条批注？</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/library_sync.py" line="65"/>
        <source>Remove document</source>
        <translation>移除文档</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gzreader/ui/main_window.py" line="261"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/main_window.py" line="261"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/main_window.py" line="264"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/main_window.py" line="264"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/main_window.py" line="264"/>
        <source>Key terms</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/main_window.py" line="264"/>
        <source>Page</source>
        <translation>原页</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/main_window.py" line="264"/>
        <source>Cited by</source>
        <translation>被引用</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/main_window.py" line="281"/>
        <source>Outline corrections</source>
        <translation>大纲更正</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../gzreader/ui/menus.py" line="49"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/menus.py" line="50"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/menus.py" line="51"/>
        <source>F&amp;ind</source>
        <translation>查找(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/menus.py" line="52"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/menus.py" line="53"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../gzreader/ui/reading/navigation.py" line="145"/>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../gzreader/ui/annotations/note_dialog.py" line="13"/>
        <source>Add note</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/note_dialog.py" line="20"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gzreader/ui/annotations/operations.py" line="64"/>
        <source>Annotate</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/operations.py" line="68"/>
        <source>Edit note</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/operations.py" line="71"/>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/operations.py" line="74"/>
        <source>Delete annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/operations.py" line="77"/>
        <source>Correct outline</source>
        <translation>更正大纲</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/operations.py" line="80"/>
        <source>Remove outline correction</source>
        <translation>删除大纲更正</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/annotations/operations.py" line="84"/>
        <source>Edit document information</source>
        <translation>编辑文档信息</translation>
    </message>
</context>
<context>
    <name>OutlineFixing</name>
    <message>
        <location filename="../../gzreader/ui/outline/outline_fixing.py" line="69"/>
        <source>No corrections</source>
        <translation>没有更正</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_fixing.py" line="72"/>
        <source>Remove: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_fixing.py" line="79"/>
        <source>not a heading</source>
        <translation>不是标题</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_fixing.py" line="81"/>
        <source>joined with the next line</source>
        <translation>与下一行合并</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_fixing.py" line="83"/>
        <source>a heading like %1</source>
        <translation>%1级标题</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_fixing.py" line="85"/>
        <source>moved to level %1</source>
        <translation>改为第 %1 级</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_fixing.py" line="87"/>
        <source>a heading at level %1</source>
        <translation>第 %1 级标题</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_fixing.py" line="88"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OutlineMenu</name>
    <message>
        <location filename="../../gzreader/ui/outline/outline_menu.py" line="38"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_menu.py" line="41"/>
        <source>Not a heading</source>
        <translation>不是标题</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_menu.py" line="44"/>
        <source>Join with the next line</source>
        <translation>与下一行合并</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_menu.py" line="46"/>
        <source>Change level</source>
        <translation>更改层级</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_menu.py" line="48"/>
        <source>Level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_menu.py" line="56"/>
        <source>Make a heading here</source>
        <translation>在此设为标题</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../gzreader/ui/outline/outline_model.py" line="103"/>
        <source>The parser is unsure of this heading</source>
        <translation>解析器对此标题没有把握</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_model.py" line="107"/>
        <source>Corrected by hand</source>
        <translation>已手动更正</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../gzreader/ui/outline/outline_panel.py" line="57"/>
        <source>Filter the outline</source>
        <translation>筛选大纲</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_panel.py" line="58"/>
        <source>No clause matches “%1”</source>
        <translation>没有与“%1”匹配的条款</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/outline/outline_panel.py" line="135"/>
        <source>Highlight whole clause</source>
        <translation>高亮整条</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../gzreader/ui/reading/page_view.py" line="145"/>
        <source>The original page is shown for documents imported from PDF.</source>
        <translation>从 PDF 导入的文档在此显示原文页面。</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/page_view.py" line="148"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/page_view.py" line="151"/>
        <source>Previous page (PageUp)</source>
        <translation>上一页（PageUp）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/page_view.py" line="152"/>
        <source>Next page (PageDown)</source>
        <translation>下一页（PageDown）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/page_view.py" line="153"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/page_view.py" line="154"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大（Ctrl+=）</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/page_view.py" line="155"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/page_view.py" line="156"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../gzreader/ui/reading/pane_menu.py" line="50"/>
        <location filename="../../gzreader/ui/reading/reading_pane.py" line="366"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/reading_pane.py" line="367"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/pane_menu.py" line="57"/>
        <location filename="../../gzreader/ui/reading/reading_pane.py" line="368"/>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/pane_menu.py" line="55"/>
        <source>Add note…</source>
        <translation>添加批注…</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/pane_menu.py" line="60"/>
        <source>Copy with citation</source>
        <translation>复制并注明出处</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/themes.py" line="67"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/themes.py" line="68"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/themes.py" line="69"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/themes.py" line="70"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/themes.py" line="71"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/themes.py" line="72"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/themes.py" line="73"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
</context>
<context>
    <name>ReferenceLinks</name>
    <message>
        <location filename="../../gzreader/ui/reading/reference_links.py" line="81"/>
        <source>%1 — not in your library</source>
        <translation>%1 — 不在您的文库中</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/reading/reference_links.py" line="83"/>
        <source>%1 — not found in this document</source>
        <translation>%1 — 本文档中未找到</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../gzreader/ui/library/search_panel.py" line="36"/>
        <source>Search the library and notes</source>
        <translation>搜索文库和批注</translation>
    </message>
    <message>
        <location filename="../../gzreader/ui/library/search_panel.py" line="48"/>
        <source>[note] </source>
        <translation>［批注］</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gzreader/ui/library/search_panel.py" line="56"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>共 %n 条结果</numerusform>
        </translation>
    </message>
</context>
</TS>
