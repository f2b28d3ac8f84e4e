<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Category</name>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="15"/>
        <source>short sleeve top</source>
        <translation>短袖上衣</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="15"/>
        <source>long sleeve top</source>
        <translation>长袖上衣</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="16"/>
        <source>short sleeve outwear</source>
        <translation>短袖外套</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="16"/>
        <source>long sleeve outwear</source>
        <translation>长袖外套</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="17"/>
        <source>vest</source>
        <translation>背心</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="17"/>
        <source>sling</source>
        <translation>吊带</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="18"/>
        <source>shorts</source>
        <translation>短裤</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="18"/>
        <source>trousers</source>
        <translation>长裤</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="19"/>
        <source>skirt</source>
        <translation>半身裙</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="19"/>
        <source>short sleeve dress</source>
        <translation>短袖连衣裙</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="20"/>
        <source>long sleeve dress</source>
        <translation>长袖连衣裙</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="20"/>
        <source>vest dress</source>
        <translation>背心裙</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="21"/>
        <source>sling dress</source>
        <translation>吊带裙</translation>
    </message>
</context>
<context>
    <name>DatasetEvaluation</name>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="90"/>
        <source>Detection AP: no detectors among the models</source>
        <translation>检测 AP：模型中没有检测器</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="94"/>
        <source>Acc@k: no catalog is open</source>
        <translation>Acc@k：没有打开的目录</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="106"/>
        <source>Acc@k skipped: the catalog %1 holds none of the %2 shop photos of %3; import the split into a catalog (File ▸ Import into Catalog…) and open that catalog to measure retrieval</source>
        <translation>已跳过 Acc@k：目录 %1 不含 %3 的 %2 张商品照片中的任何一张；请将该划分导入目录（文件 ▸ 导入到目录…）并打开该目录以衡量检索效果</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="115"/>
        <source>Acc@k: the catalog holds %1 of the split&apos;s %2 shop photos; the others cannot be found</source>
        <translation>Acc@k：目录只含该划分 %2 张商品照片中的 %1 张；其余的无法被找到</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/models/errortext.cpp" line="8"/>
        <source>%1; rebuild it with Tools ▸ Rebuild Index</source>
        <translation>%1；请用 工具 ▸ 重建索引 重新建立</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="9"/>
        <source>%1; check it with: lookbook-cli catalog check &quot;%2&quot;</source>
        <translation>%1；请用以下命令检查：lookbook-cli catalog check &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="10"/>
        <source>%1; import photos with File ▸ Import into Catalog…</source>
        <translation>%1；请用 文件 ▸ 导入到目录… 导入照片</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="11"/>
        <source>%1; build the demo set with: lookbook-cli demo build</source>
        <translation>%1；请用以下命令构建演示模型集：lookbook-cli demo build</translation>
    </message>
</context>
<context>
    <name>IndexRebuild</name>
    <message>
        <location filename="../ui/models/indexrebuild.cpp" line="26"/>
        <source>unknown index type &apos;%1&apos; (expected flat, hnsw or ivfpq)</source>
        <translation>未知的索引类型“%1”（应为 flat、hnsw 或 ivfpq）</translation>
    </message>
</context>
<context>
    <name>ItemData</name>
    <message>
        <location filename="../ui/models/itemdata.cpp" line="20"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/itemdata.cpp" line="36"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;pair %3 · item %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;配对 %3 · 条目 %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="90"/>
        <source>Images (%1);;All files (*)</source>
        <translation>图像 (%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>QaStyle</name>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="28"/>
        <source>True positive</source>
        <translation>正确检出</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="30"/>
        <source>Missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="32"/>
        <source>Spurious</source>
        <translation>误检</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="34"/>
        <source>Wrong category</source>
        <translation>类别错误</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="36"/>
        <source>Poor IoU</source>
        <translation>IoU 过低</translation>
    </message>
</context>
<context>
    <name>WorkspaceConfig</name>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="40"/>
        <source>No embedder chosen: add the embedder (or ensemble) manifest that made the catalog&apos;s vectors.</source>
        <translation>未选择嵌入模型：请添加生成该目录向量的嵌入模型（或集成模型）清单。</translation>
    </message>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="66"/>
        <source>Choose a catalog.</source>
        <translation>请选择一个目录。</translation>
    </message>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="68"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="16"/>
        <source>About Lookbook</source>
        <translation>关于 Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="18"/>
        <source>&lt;h2&gt;Lookbook %1&lt;/h2&gt;&lt;p&gt;Street-to-shop clothes retrieval: detect, fuse, embed, search.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lookbook %1&lt;/h2&gt;&lt;p&gt;街拍到商品的服装检索：检测、融合、嵌入、搜索。&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Self-check</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="36"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="39"/>
        <source>The backend check is still running.</source>
        <translation>后端检查仍在进行中。</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::BoxItem</name>
    <message>
        <location filename="../ui/widgets/boxitem.cpp" line="22"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — score %3&lt;br&gt;box %4, %5 – %6, %7 (%8 × %9 px)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — 得分 %3&lt;br&gt;框 %4, %5 – %6, %7（%8 × %9 像素）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/boxitem.cpp" line="69"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::CatalogPanel</name>
    <message>
        <location filename="../ui/widgets/catalogpanel.cpp" line="31"/>
        <source>&lt;i&gt;No catalog open&lt;/i&gt;</source>
        <translation>&lt;i&gt;未打开目录&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/catalogpanel.cpp" line="33"/>
        <source>%Ln shop item(s) — %L1 listed, more as you scroll</source>
        <translation>
            <numerusform>%Ln 件商品 — 已列出 %L1 件，滚动可加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/catalogpanel.cpp" line="35"/>
        <source>%Ln shop item(s)</source>
        <translation>
            <numerusform>%Ln 件商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookbook::ui::CompareDialog</name>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="35"/>
        <source>Compare — result #%1</source>
        <translation>比较 — 结果 #%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="41"/>
        <source>Reading the shop photo…</source>
        <translation>正在读取商品照片…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="42"/>
        <source>&lt;b&gt;Query&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;查询&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="44"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; — %2, similarity %3</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; — %2，相似度 %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="47"/>
        <source>%1 · pair %2 · item %3</source>
        <translation>%1 · 配对 %2 · 条目 %3</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationModel</name>
    <message>
        <location filename="../ui/models/evaluationmodel.cpp" line="45"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationPanel</name>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="92"/>
        <source>a DeepFashion2-layout dataset (its validation/ split is used) or a split (image/ + annos/)</source>
        <translation>DeepFashion2 布局的数据集（使用其 validation/ 划分）或单个划分（image/ + annos/）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="94"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="96"/>
        <source>Run the workspace&apos;s detectors, fusion setting and catalog on the dataset, in the background</source>
        <translation>在后台用工作区的检测器、融合设置和目录评估该数据集</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="97"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="98"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="99"/>
        <source>Save the tables as CSV and the charts as PNG in a folder</source>
        <translation>将表格保存为 CSV、图表保存为 PNG，存入一个文件夹</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="113"/>
        <source>Choose a dataset and press Evaluate: the numbers are the ones lookbook-cli experiment and evaluate print.</source>
        <translation>选择数据集并点击“评估”：结果与 lookbook-cli experiment 和 evaluate 输出的数值相同。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="130"/>
        <source>Detection AP</source>
        <translation>检测 AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="131"/>
        <source>AP per Category</source>
        <translation>各类别 AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="132"/>
        <source>Retrieval Acc@k</source>
        <translation>检索 Acc@k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="137"/>
        <source>Search detector weights and the IoU and skip thresholds for the best AP50 on this dataset (the detections are reused; the detectors do not run again)</source>
        <translation>搜索在此数据集上 AP50 最高的检测器权重以及 IoU 和跳过阈值（复用已有检测结果，不再重新运行检测器）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="141"/>
        <source>&amp;Apply Tuned Fusion</source>
        <translation>应用调优后的融合(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="142"/>
        <source>Set the tuned weights and thresholds on the fusion panel</source>
        <translation>将调优后的权重和阈值设置到融合面板</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="160"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="179"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="181"/>
        <source>%1, IoU thr %2, skip thr %3, weights %4</source>
        <translation>%1，IoU 阈值 %2，跳过阈值 %3，权重 %4</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="188"/>
        <source>Choose a DeepFashion2-layout Dataset or Split</source>
        <translation>选择 DeepFashion2 布局的数据集或划分</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="201"/>
        <source>Open a catalog and its models first (File ▸ Open Catalog…): the evaluation uses them.</source>
        <translation>请先打开目录及其模型（文件 ▸ 打开目录…）：评估需要使用它们。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="213"/>
        <source>Models: %1 · fusion: %2%3</source>
        <translation>模型：%1 · 融合：%2%3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="214"/>
        <source>no detectors</source>
        <translation>无检测器</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="216"/>
        <source> · catalog %1, embedder %2</source>
        <translation> · 目录 %1，嵌入模型 %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="220"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="228"/>
        <source>Evaluate on a dataset first: tuning reuses its detections.</source>
        <translation>请先在数据集上评估：调优会复用其检测结果。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="230"/>
        <source>The workspace&apos;s detectors changed since the evaluation: evaluate again first.</source>
        <translation>评估之后工作区的检测器已更改：请先重新评估。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="232"/>
        <source>Tuning the fusion needs at least two detectors.</source>
        <translation>调优融合至少需要两个检测器。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="235"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="282"/>
        <source>Tuning…</source>
        <translation>正在调优…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="256"/>
        <source>Applied to the fusion panel.</source>
        <translation>已应用到融合面板。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="276"/>
        <source>%1: %L2 of %L3…</source>
        <translation>%1：%L2 / %L3…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="294"/>
        <source>Evaluated %1: %n photo(s).</source>
        <translation>
            <numerusform>已评估 %1：%n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="90"/>
        <source>Dataset f&amp;older:</source>
        <translation>数据集文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="95"/>
        <source>Eva&amp;luate</source>
        <translation>评估(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="136"/>
        <source>T&amp;une Fusion</source>
        <translation>调优融合(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="311"/>
        <source>Fused: detectors 1–%1</source>
        <translation>融合：检测器 1–%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <source>Detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="321"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="356"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="320"/>
        <source>AP50</source>
        <translation>AP50</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <source>AP75</source>
        <translation>AP75</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="317"/>
        <source>Box AP against the number of fused detectors</source>
        <translation>框 AP 随融合检测器数量的变化</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="318"/>
        <source>detectors fused (in the workspace&apos;s order)</source>
        <translation>融合的检测器数量（按工作区顺序）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="319"/>
        <source>box AP</source>
        <translation>框 AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="342"/>
        <source>Fused</source>
        <translation>融合</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="355"/>
        <source>Box AP per category</source>
        <translation>各类别的框 AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="363"/>
        <source>s/s</source>
        <translation>s/s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="364"/>
        <source>l/s</source>
        <translation>l/s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="373"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="382"/>
        <source>Acc@k (not measured: see the notes above)</source>
        <translation>Acc@k（未测量：见上方说明）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="382"/>
        <source>Acc@k of %1</source>
        <translation>%1 的 Acc@k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="383"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="384"/>
        <source>Acc@k</source>
        <translation>Acc@k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="386"/>
        <source>Acc@%1</source>
        <translation>Acc@%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="403"/>
        <source>Annotated boxes</source>
        <translation>标注框</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="404"/>
        <source>Fused boxes</source>
        <translation>融合框</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="405"/>
        <source>Query boxes</source>
        <translation>查询框</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="413"/>
        <source>AP50 %1 → &lt;b&gt;%2&lt;/b&gt; (%3%4) with %5; %n setting(s) tried.</source>
        <translation>
            <numerusform>AP50 %1 → &lt;b&gt;%2&lt;/b&gt;（%3%4），设置为 %5；共尝试了 %n 种设置。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="416"/>
        <source>Tuned: apply it to the fusion panel to search with it.</source>
        <translation>调优完成：将其应用到融合面板即可用它搜索。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="416"/>
        <source>Tuned: the current setting is already the best found.</source>
        <translation>调优完成：当前设置已是找到的最佳设置。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="426"/>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="458"/>
        <source>Export the Evaluation to a Folder</source>
        <translation>将评估导出到文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="463"/>
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationRun</name>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="14"/>
        <source>Detecting on the dataset&apos;s photos</source>
        <translation>正在检测数据集中的照片</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="15"/>
        <source>Computing box AP</source>
        <translation>正在计算框 AP</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="16"/>
        <source>Searching with the annotated boxes</source>
        <translation>正在用标注框搜索</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="17"/>
        <source>Searching with the fused boxes</source>
        <translation>正在用融合框搜索</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="59"/>
        <source>Tuning the fusion</source>
        <translation>正在调优融合</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationWorkspace</name>
    <message>
        <location filename="../ui/workspaces/evaluationworkspace.cpp" line="20"/>
        <source>Evaluation — Lookbook</source>
        <translation>评估 — Lookbook</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::FusionPanel</name>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="29"/>
        <source>Weighted boxes fusion</source>
        <translation>加权框融合 (WBF)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="30"/>
        <source>Non-maximum suppression</source>
        <translation>非极大值抑制 (NMS)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="31"/>
        <source>Soft-NMS</source>
        <translation>Soft-NMS</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="32"/>
        <source>Non-maximum weighted</source>
        <translation>非极大值加权 (NMW)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="33"/>
        <source>&amp;Method</source>
        <translation>方法(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="35"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="36"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="37"/>
        <source>Box and model average</source>
        <translation>框与模型平均</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="38"/>
        <source>Absent-model-aware average</source>
        <translation>考虑缺失模型的平均</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="39"/>
        <source>How weighted boxes fusion scores a cluster of boxes</source>
        <translation>加权框融合如何为一组框计算得分</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="40"/>
        <source>&amp;Confidence</source>
        <translation>置信度(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="41"/>
        <source>IoU thr</source>
        <translation>IoU 阈值</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="42"/>
        <source>Boxes overlapping more than this are merged (or suppressed)</source>
        <translation>重叠超过此值的框将被合并（或抑制）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="43"/>
        <source>Skip thr</source>
        <translation>跳过阈值</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="44"/>
        <source>Boxes scoring below this are left out of the fusion</source>
        <translation>得分低于此值的框不参与融合</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="47"/>
        <source>Detector weights</source>
        <translation>检测器权重</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="94"/>
        <source>No detectors loaded</source>
        <translation>未加载检测器</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="101"/>
        <source>Use the boxes of %1 in the fusion</source>
        <translation>在融合中使用 %1 的框</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="104"/>
        <source>Fusion weight of %1</source>
        <translation>%1 的融合权重</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="29"/>
        <source>, %1 s left</source>
        <translation>，剩余 %1 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="30"/>
        <source>%1 of %n photo(s) · %2 items/s%3 · %4</source>
        <translation>
            <numerusform>%1 / %n 张照片 · 每秒 %2 个条目%3 · %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="43"/>
        <source>Import into %1</source>
        <translation>导入到 %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="49"/>
        <source>a folder of shop photos, or a DeepFashion2 split (image/ + annos/)</source>
        <translation>商品照片文件夹，或 DeepFashion2 数据划分（image/ + annos/）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="54"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="58"/>
        <source>Shop photos</source>
        <translation>商品照片</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="59"/>
        <source>Street photos</source>
        <translation>街拍照片</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="60"/>
        <source>All photos</source>
        <translation>全部照片</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Which photos of a DeepFashion2 split to import; a folder is always shop photos</source>
        <translation>要导入 DeepFashion2 数据划分中的哪些照片；文件夹始终按商品照片导入</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="62"/>
        <source>&amp;Images:</source>
        <translation>图像(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="63"/>
        <source>Boxes: the split&apos;s annotations, or for a folder the workspace&apos;s detectors (%1); vectors: %2.</source>
        <translation>框：数据划分的标注，文件夹则使用工作区的检测器（%1）；向量：%2。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="74"/>
        <source>Choose what to import.</source>
        <translation>请选择要导入的内容。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="79"/>
        <source>Photos that cannot be imported are listed here.</source>
        <translation>无法导入的照片将列在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="82"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="113"/>
        <source>Import Photos From</source>
        <translation>从此处导入照片</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="123"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="136"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="138"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="145"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="156"/>
        <source>Photos added: %1, already there: %2, failed: %3; vectors: %4 in %5 s.</source>
        <translation>已添加照片：%1，已存在：%2，失败：%3；向量：%4 个，用时 %5 秒。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="163"/>
        <source>Cancelled: importing the same source again continues where this stopped.</source>
        <translation>已取消：再次导入同一来源时将从中断处继续。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="165"/>
        <source>The index was rebuilt.</source>
        <translation>索引已重建。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="167"/>
        <source>The index was not rebuilt: %1</source>
        <translation>索引未重建：%1</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::IndexStatus</name>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="22"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="47"/>
        <source>&amp;Rebuild Index</source>
        <translation>重建索引(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="48"/>
        <source>Builds the index again from the catalog&apos;s vectors (Tools ▸ Preferences ▸ Catalog chooses its type)</source>
        <translation>根据目录中的向量重新构建索引（类型在 工具 ▸ 首选项 ▸ 目录 中选择）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="59"/>
        <source>No catalog open</source>
        <translation>未打开目录</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="60"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="61"/>
        <source>Index up to date</source>
        <translation>索引为最新</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="62"/>
        <source>Index out of date</source>
        <translation>索引已过期</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="63"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="64"/>
        <source>Rebuilding the index…</source>
        <translation>正在重建索引…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="82"/>
        <source>Vector set &lt;b&gt;%1&lt;/b&gt; by %2 (%3 dimensions): %4 vectors.&lt;br&gt;Index: %5, %6 vectors, built %7.</source>
        <translation>向量集 &lt;b&gt;%1&lt;/b&gt;，由 %2 生成（%3 维）：%4 个向量。&lt;br&gt;索引：%5，%6 个向量，构建于 %7。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="31"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ItemInspector</name>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="26"/>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="28"/>
        <source>Ground truth (corrected)</source>
        <translation>真值（已修正）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="30"/>
        <source>Prediction (fused)</source>
        <translation>预测（融合）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="32"/>
        <source>Prediction (one detector)</source>
        <translation>预测（单个检测器）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="41"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="47"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="48"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="52"/>
        <source>Pair id</source>
        <translation>配对 ID</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="56"/>
        <source>Selected box</source>
        <translation>所选框</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="61"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="65"/>
        <source>&amp;Accept as Ground Truth</source>
        <translation>采纳为真值(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="66"/>
        <source>Copy this prediction into the ground truth (A)</source>
        <translation>将此预测复制为真值 (A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="67"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="68"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="69"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="70"/>
        <source>Style</source>
        <translation>款式</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="71"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="119"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 × %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 × %4</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="128"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 %3&lt;br&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 %3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="131"/>
        <source>Suspicion &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>可疑度 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="134"/>
        <source>Not checked: run the detectors (Dataset ▸ Run Detectors)</source>
        <translation>未检查：请运行检测器（数据集 ▸ 运行检测器）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="137"/>
        <source>No image</source>
        <translation>无图像</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="148"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="151"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="153"/>
        <source>Nothing selected: click a box, or drag on the photo to draw one</source>
        <translation>未选择任何内容：点击一个框，或在照片上拖动画一个框</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::LayersPanel</name>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="49"/>
        <location filename="../ui/widgets/layerspanel.cpp" line="62"/>
        <source>Fused boxes</source>
        <translation>融合框</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="51"/>
        <source>No detectors yet: open a catalog with its models (File ▸ Open Catalog…).</source>
        <translation>尚无检测器：请打开目录及其模型（文件 ▸ 打开目录…）。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="57"/>
        <source>Score ≥</source>
        <translation>得分 ≥</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="70"/>
        <source>Show the boxes of detector %1</source>
        <translation>显示检测器 %1 的框</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="70"/>
        <source>Show the fused boxes</source>
        <translation>显示融合框</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="80"/>
        <source>Boxes of %1 scoring below this are neither shown nor fused</source>
        <translation>%1 中得分低于此值的框既不显示也不参与融合</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="100"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::MainWindow</name>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="29"/>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="37"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="38"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="39"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="82"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="88"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="91"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="108"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="109"/>
        <source>&amp;Evaluate on a Dataset…</source>
        <translation>在数据集上评估(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="112"/>
        <source>Detection AP and retrieval Acc@k of the workspace&apos;s models and fusion setting on a DeepFashion2-layout dataset</source>
        <translation>在 DeepFashion2 布局的数据集上测量工作区模型和融合设置的检测 AP 与检索 Acc@k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="115"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="119"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="120"/>
        <source>&amp;About Lookbook</source>
        <translation>关于 Lookbook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="121"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="36"/>
        <source>Device: checking…</source>
        <translation>设备：正在检查…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="181"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/mainwindow.cpp" line="185"/>
        <source>CUDA (%n GPU(s))</source>
        <translation>
            <numerusform>CUDA（%n 个 GPU）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="189"/>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="193"/>
        <source>A backend self-check failed: see Help ▸ About Lookbook</source>
        <translation>后端自检失败：请查看 帮助 ▸ 关于 Lookbook</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ManifestList</name>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="22"/>
        <source>detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="24"/>
        <source>embedder</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="26"/>
        <source>ensemble</source>
        <translation>集成模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="41"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="42"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="80"/>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="82"/>
        <source>unreadable — %1</source>
        <translation>无法读取 — %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="111"/>
        <source>Add Model Manifests</source>
        <translation>添加模型清单</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="111"/>
        <source>Model manifests (*.json);;All files (*)</source>
        <translation>模型清单 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::MessageBar</name>
    <message>
        <location filename="../ui/widgets/messagebar.cpp" line="30"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::OpenCatalogDialog</name>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="20"/>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="76"/>
        <source>Open Catalog</source>
        <translation>打开目录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="26"/>
        <source>a catalog made with lookbook-cli catalog create / import</source>
        <translation>用 lookbook-cli catalog create / import 创建的目录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="27"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="31"/>
        <source>&amp;Catalog:</source>
        <translation>目录(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="36"/>
        <source>&amp;Models (detectors, and the embedder that made the catalog&apos;s vectors); untick to leave one out:</source>
        <translation>模型(&amp;M)（检测器，以及生成目录向量的嵌入模型）；取消勾选即可排除：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="77"/>
        <source>Lookbook catalogs (*.db);;All files (*)</source>
        <translation>Lookbook 目录 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PhotoCanvas</name>
    <message>
        <location filename="../ui/widgets/photocanvas.cpp" line="229"/>
        <source>Open a street photo to find its garments in the shop

Ctrl+O to open  ·  Ctrl+V to paste  ·  or drop an image here</source>
        <translation>打开一张街拍照片，在商店中查找其中的服装

Ctrl+O 打开  ·  Ctrl+V 粘贴  ·  或将图像拖放到这里</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="33"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="41"/>
        <source>Detectors, and the embedder (or ensemble) that made the catalog&apos;s vectors. Untick a model to leave it out without forgetting it.</source>
        <translation>检测器，以及生成目录向量的嵌入模型（或集成模型）。取消勾选某个模型可暂时排除它，而不会将其移除。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="52"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="57"/>
        <source>Automatic (CUDA when there is a GPU)</source>
        <translation>自动（有 GPU 时使用 CUDA）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="58"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="59"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="61"/>
        <source>&amp;Run models on:</source>
        <translation>模型运行设备(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="65"/>
        <source>Automatic (one per core)</source>
        <translation>自动（每核一个）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="67"/>
        <source>CPU threads each model uses; fewer leave room for other programs</source>
        <translation>每个模型使用的 CPU 线程数；越少则给其他程序留出的资源越多</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="68"/>
        <source>CPU &amp;threads:</source>
        <translation>CPU 线程(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="69"/>
        <source>A change here reloads the catalog&apos;s models.</source>
        <translation>更改此项会重新加载目录的模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="70"/>
        <source>&amp;Performance</source>
        <translation>性能(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="76"/>
        <source>As recorded for the catalog</source>
        <translation>按目录中记录的类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="77"/>
        <source>Exact (flat, inner product)</source>
        <translation>精确（flat，内积）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="78"/>
        <source>HNSW graph (fast, approximate)</source>
        <translation>HNSW 图（快速，近似）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="79"/>
        <source>IVF-PQ (compact, for millions of items)</source>
        <translation>IVF-PQ（紧凑，适合数百万条目）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="81"/>
        <source>&amp;Index type:</source>
        <translation>索引类型(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="82"/>
        <source>Used by Tools ▸ Rebuild Index. A type other than the catalog&apos;s builds it with that type&apos;s default parameters; lookbook-cli index build sets them all.</source>
        <translation>供 工具 ▸ 重建索引 使用。选择与目录不同的类型时将使用该类型的默认参数构建；lookbook-cli index build 可设置全部参数。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="88"/>
        <source> thumbnails</source>
        <translation> 张缩略图</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="90"/>
        <source>About 100 KB each; the least recently shown go first</source>
        <translation>每张约 100 KB；最久未显示的最先移除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="91"/>
        <source>&amp;Thumbnail cache:</source>
        <translation>缩略图缓存(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="92"/>
        <source>&amp;Catalog</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="98"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="102"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="103"/>
        <source>Applies after Lookbook is restarted.</source>
        <translation>重新启动 Lookbook 后生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="104"/>
        <source>&amp;Interface</source>
        <translation>界面(&amp;I)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultDelegate</name>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="58"/>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="70"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="84"/>
        <source>pair %1</source>
        <translation>配对 %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="87"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultsModel</name>
    <message>
        <location filename="../ui/models/resultsmodel.cpp" line="51"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; similarity %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; 相似度 %2&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="36"/>
        <source>E&amp;mbedder:</source>
        <translation>嵌入模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="40"/>
        <source>The model whose vectors are searched; the catalog holds a vector set for each</source>
        <translation>要搜索其向量的模型；目录为每个模型保存一个向量集</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="46"/>
        <source>Post-processing:</source>
        <translation>后处理：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="48"/>
        <source>&amp;QE</source>
        <translation>&amp;QE</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="49"/>
        <source>α-query expansion: the query is averaged with its %1 nearest shop items</source>
        <translation>α 查询扩展：将查询与最相近的 %1 件商品取平均</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="50"/>
        <source>&amp;DBA</source>
        <translation>&amp;DBA</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="51"/>
        <source>Database-side augmentation: every shop item is averaged with its %1 nearest neighbours</source>
        <translation>数据库增强：将每件商品与其最相近的 %1 个邻居取平均</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="52"/>
        <source>&amp;Re-rank</source>
        <translation>重排序(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="53"/>
        <source>k-reciprocal re-ranking (k1 = 20, k2 = 6, λ = 0.3)</source>
        <translation>k 互近邻重排序（k1 = 20，k2 = 6，λ = 0.3）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="94"/>
        <source>&lt;i&gt;Click a fused box, or Shift+drag a box of your own, to find it in the shop&lt;/i&gt;</source>
        <translation>&lt;i&gt;点击融合框，或按住 Shift 拖动画出自己的框，即可在商店中查找&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewCanvas</name>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="397"/>
        <source>Open a review catalog (Dataset ▸ Open Review Catalog…)
or import a dataset (Dataset ▸ Import Dataset…)</source>
        <translation>打开审核目录（数据集 ▸ 打开审核目录…）
或导入数据集（数据集 ▸ 导入数据集…）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="479"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="482"/>
        <source>Suspicion %1 · IoU ≥ %2 · score ≥ %3</source>
        <translation>可疑度 %1 · IoU ≥ %2 · 得分 ≥ %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="487"/>
        <source>Ground truth (no predictions yet: Dataset ▸ Run Detectors)</source>
        <translation>真值（尚无预测：数据集 ▸ 运行检测器）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="490"/>
        <source>── ground truth   - - prediction</source>
        <translation>── 真值   - - 预测</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewDocument</name>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="137"/>
        <location filename="../ui/models/reviewdocument.cpp" line="381"/>
        <source>No review catalog is open.</source>
        <translation>未打开审核目录。</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="258"/>
        <source>Add box</source>
        <translation>添加框</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="272"/>
        <source>Move box</source>
        <translation>移动框</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="294"/>
        <source>Nudge box</source>
        <translation>微调框</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="304"/>
        <source>Delete prediction</source>
        <translation>删除预测</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="304"/>
        <source>Delete box</source>
        <translation>删除框</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="321"/>
        <source>Change category</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="336"/>
        <source>Change style</source>
        <translation>更改款式</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="346"/>
        <source>Change pair id</source>
        <translation>更改配对 ID</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="365"/>
        <source>Accept prediction</source>
        <translation>采纳预测</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="375"/>
        <source>Mark reviewed</source>
        <translation>标记为已审核</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="375"/>
        <source>Mark unreviewed</source>
        <translation>标记为未审核</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="482"/>
        <source>%1: cannot read the recovery journal: %2</source>
        <translation>%1：无法读取恢复日志：%2</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="486"/>
        <source>%1: the recovery journal is damaged (%2); it was left as it is</source>
        <translation>%1：恢复日志已损坏（%2）；已保留原样</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="536"/>
        <location filename="../ui/models/reviewdocument.cpp" line="539"/>
        <source>Restore unsaved edits</source>
        <translation>恢复未保存的编辑</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewImageModel</name>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="105"/>
        <source>%1
%2 · not checked yet</source>
        <translation>%1
%2 · 尚未检查</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="106"/>
        <source>%1%2 · suspicion %3
%4 TP · %5 missed · %6 spurious
%7 wrong class · %8 poor IoU</source>
        <translation>%1%2 · 可疑度 %3
正确 %4 · 漏检 %5 · 误检 %6
类别错误 %7 · IoU 过低 %8</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="107"/>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewWorkspace</name>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="56"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="67"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="68"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="69"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="124"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="126"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="128"/>
        <source>&amp;Save Review Edits</source>
        <translation>保存审核编辑(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="130"/>
        <source>Write the edits to the review catalog, with the review log</source>
        <translation>将编辑连同审核日志写入审核目录</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="132"/>
        <source>&amp;Open Review Catalog…</source>
        <translation>打开审核目录(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="133"/>
        <source>Open a review catalog made by Import Dataset</source>
        <translation>打开通过“导入数据集”创建的审核目录</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="135"/>
        <source>&amp;Import Dataset…</source>
        <translation>导入数据集(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="136"/>
        <source>Make a review catalog from a DeepFashion2 split or a COCO JSON file</source>
        <translation>从 DeepFashion2 划分或 COCO JSON 文件创建审核目录</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="138"/>
        <source>&amp;Run Detectors</source>
        <translation>运行检测器(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="140"/>
        <source>Detect and fuse boxes on the images without predictions, and match them with the ground truth</source>
        <translation>在尚无预测的图像上检测并融合框，并与真值匹配</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="142"/>
        <source>&amp;Cancel Dataset Job</source>
        <translation>取消数据集任务(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="145"/>
        <source>&amp;Next Image</source>
        <translation>下一张图像(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="148"/>
        <source>&amp;Previous Image</source>
        <translation>上一张图像(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="151"/>
        <source>&amp;Mark Reviewed</source>
        <translation>标记为已审核(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="153"/>
        <source>Mark the image reviewed (or not)</source>
        <translation>将图像标记为已审核（或取消标记）</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="155"/>
        <source>Export as &amp;DeepFashion2…</source>
        <translation>导出为 DeepFashion2(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="156"/>
        <source>Write the saved annotations as a DeepFashion2 split (annos/ and image/)</source>
        <translation>将已保存的标注写为 DeepFashion2 数据划分（annos/ 和 image/）</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="158"/>
        <source>Export as &amp;COCO…</source>
        <translation>导出为 COCO(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="159"/>
        <source>Write the saved annotations as one COCO JSON file</source>
        <translation>将已保存的标注写为一个 COCO JSON 文件</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="161"/>
        <source>Export Review &amp;Log…</source>
        <translation>导出审核日志(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="162"/>
        <source>Write who changed what, and when, as CSV</source>
        <translation>以 CSV 格式写出谁在何时更改了什么</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="164"/>
        <source>Re-&amp;index Corrected Shop Items</source>
        <translation>重新索引已修正的商品(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="165"/>
        <source>Embed the shop items whose boxes changed and update the index in place</source>
        <translation>对框已更改的商品重新嵌入，并就地更新索引</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="167"/>
        <source>&amp;Accept Prediction as Ground Truth</source>
        <translation>将预测采纳为真值(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="170"/>
        <source>&amp;Delete Box</source>
        <translation>删除框(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="173"/>
        <source>&amp;Dataset</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="185"/>
        <source>Review[*] — Lookbook</source>
        <translation>审核[*] — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="185"/>
        <source>%1[*] — Review — Lookbook</source>
        <translation>%1[*] — 审核 — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="234"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="238"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="240"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="244"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="333"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="241"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="242"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="245"/>
        <source>Any error</source>
        <translation>任意错误</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="246"/>
        <source>Missed ground truth</source>
        <translation>漏检的真值</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="247"/>
        <source>Spurious prediction</source>
        <translation>误检的预测</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="248"/>
        <source>Wrong category</source>
        <translation>类别错误</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="249"/>
        <source>Poor IoU</source>
        <translation>IoU 过低</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="251"/>
        <source>Most suspicious first</source>
        <translation>最可疑的在前</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="252"/>
        <source>Image id</source>
        <translation>图像 ID</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="253"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="254"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="255"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="256"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="257"/>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="261"/>
        <source>A prediction matches a ground-truth box at this IoU or more</source>
        <translation>预测与真值框的 IoU 达到此值或以上即视为匹配</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="265"/>
        <source>Predictions below this score are too unsure to judge a label by: not matched, not drawn</source>
        <translation>得分低于此值的预测不足以判断标注：不参与匹配，也不绘制</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="267"/>
        <source>IoU ≥</source>
        <translation>IoU ≥</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="269"/>
        <source>score ≥</source>
        <translation>得分 ≥</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="271"/>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="328"/>
        <source>No image matches the filters</source>
        <translation>没有符合筛选条件的图像</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="349"/>
        <source>Edits that were not saved when Lookbook last stopped were found in %1. Restore them (they stay unsaved until you save), or close this bar and go on without them.</source>
        <translation>在 %1 中发现了 Lookbook 上次停止时未保存的编辑。可以恢复它们（在您保存之前仍为未保存状态），或关闭此提示栏并在不恢复的情况下继续。</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="352"/>
        <source>&amp;Restore Edits</source>
        <translation>恢复编辑(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="387"/>
        <source>Matching again at IoU ≥ %1, score ≥ %2…</source>
        <translation>正在以 IoU ≥ %1、得分 ≥ %2 重新匹配…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="388"/>
        <source>Matching again: %1 of %2 images</source>
        <translation>正在重新匹配：%1 / %2 张图像</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="396"/>
        <source>QA counts are up to date</source>
        <translation>质检计数为最新</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="407"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="429"/>
        <source>%1: not in the review catalog %2</source>
        <translation>%1：不在审核目录 %2 中</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="519"/>
        <source>Unsaved Review Edits</source>
        <translation>未保存的审核编辑</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="520"/>
        <source>The review catalog %1 has edits that are not saved. Save them?</source>
        <translation>审核目录 %1 中有未保存的编辑。要保存吗？</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="532"/>
        <source>Open Review Catalog</source>
        <translation>打开审核目录</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="532"/>
        <source>Catalogs (*.db);;All files (*)</source>
        <translation>目录 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="539"/>
        <source>Import a DeepFashion2 Split (a folder with image/ and annos/)</source>
        <translation>导入 DeepFashion2 划分（包含 image/ 和 annos/ 的文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="541"/>
        <source>Or Import a COCO Ground-Truth File</source>
        <translation>或导入 COCO 真值文件</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="541"/>
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="545"/>
        <source>Review Catalog to Create or Extend</source>
        <translation>要创建或扩展的审核目录</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="548"/>
        <source>Catalogs (*.db)</source>
        <translation>目录 (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="594"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="611"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="612"/>
        <source>Importing: %1 of %2 images</source>
        <translation>正在导入：%1 / %2 张图像</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="617"/>
        <source>%1 images imported (%2 items), %3 already there%4, in %5 s</source>
        <translation>已导入 %1 张图像（%2 个条目），%3 张已存在%4，用时 %5 秒</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="621"/>
        <source>; cancelled: import again to go on</source>
        <translation>；已取消：再次导入即可继续</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="626"/>
        <source>%n file(s) could not be imported: %1</source>
        <translation>
            <numerusform>%n 个文件无法导入：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="637"/>
        <source>Detector Manifests</source>
        <translation>检测器清单</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="638"/>
        <source>Model manifests (*.json)</source>
        <translation>模型清单 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="651"/>
        <source>Running %n detector(s)…</source>
        <translation>
            <numerusform>正在运行 %n 个检测器…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="654"/>
        <source>Detecting: %1 of %2 images, %3 images/s</source>
        <translation>正在检测：%1 / %2 张图像，每秒 %3 张</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="662"/>
        <source>%1 images checked, %2 boxes stored, %3 failed%4, in %5 s</source>
        <translation>已检查 %1 张图像，保存 %2 个框，%3 张失败%4，用时 %5 秒</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="666"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="779"/>
        <source>; cancelled: run again to go on</source>
        <translation>；已取消：再次运行即可继续</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="700"/>
        <source>Export as COCO</source>
        <translation>导出为 COCO</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="701"/>
        <source>COCO annotations (*.json)</source>
        <translation>COCO 标注 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="702"/>
        <source>Export as DeepFashion2 (a new split folder)</source>
        <translation>导出为 DeepFashion2（新的划分文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="711"/>
        <source>Export Review Log</source>
        <translation>导出审核日志</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="713"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="726"/>
        <source>Exporting annotations…</source>
        <translation>正在导出标注…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="727"/>
        <source>Exporting: %1 of %2 images</source>
        <translation>正在导出：%1 / %2 张图像</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="731"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="750"/>
        <source>Export cancelled: nothing was written</source>
        <translation>导出已取消：未写入任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="734"/>
        <source>Exported %n image(s) with %1 boxes to %2</source>
        <translation>
            <numerusform>已将 %n 张图像（%1 个框）导出到 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="746"/>
        <source>Exporting the review log…</source>
        <translation>正在导出审核日志…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="747"/>
        <source>Exporting the review log: %1 of %2 rows</source>
        <translation>正在导出审核日志：%1 / %2 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="751"/>
        <source>Exported %n review log row(s) to %1</source>
        <translation>
            <numerusform>已将 %n 行审核日志导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="767"/>
        <source>Re-indexing corrected shop items…</source>
        <translation>正在重新索引已修正的商品…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="768"/>
        <source>Embedding: %1 of %2 items</source>
        <translation>正在嵌入：%1 / %2 个条目</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="771"/>
        <source>the index was up to date</source>
        <translation>索引已是最新</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="772"/>
        <source>the index was updated in place</source>
        <translation>索引已就地更新</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="773"/>
        <source>the index was rebuilt (%1)</source>
        <translation>索引已重建（%1）</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="774"/>
        <source>Vector set %1: %2 item(s) embedded, %3 removed from and %4 added to the index; %5%6</source>
        <translation>向量集 %1：已嵌入 %2 个条目，从索引中移除 %3 个、添加 %4 个；%5%6</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::SearchSession</name>
    <message>
        <location filename="../ui/models/searchsession.cpp" line="262"/>
        <source>your box</source>
        <translation>自绘框</translation>
    </message>
    <message>
        <location filename="../ui/models/searchsession.cpp" line="264"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::SearchWorkspace</name>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="119"/>
        <source>Preparing the demo catalog (first run only): %1, %L2 of %L3…</source>
        <translation>正在准备演示目录（仅首次运行）：%1，%L2 / %L3…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="143"/>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="143"/>
        <source>%1 — Lookbook</source>
        <translation>%1 — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="184"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="185"/>
        <source>Fusion</source>
        <translation>融合</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="186"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="188"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="201"/>
        <source>&amp;Open Photo…</source>
        <translation>打开照片(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="204"/>
        <source>Open a street photo</source>
        <translation>打开一张街拍照片</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="205"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="207"/>
        <source>&amp;Paste Photo</source>
        <translation>粘贴照片(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="210"/>
        <source>Use the image on the clipboard as the street photo</source>
        <translation>将剪贴板中的图像用作街拍照片</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="211"/>
        <source>Open &amp;Catalog…</source>
        <translation>打开目录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="214"/>
        <source>Choose the shop catalog to search and the models to use</source>
        <translation>选择要搜索的商品目录和要使用的模型</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="215"/>
        <source>&amp;Import into Catalog…</source>
        <translation>导入到目录(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="218"/>
        <source>Add a folder of shop photos or a DeepFashion2 split to the catalog</source>
        <translation>将商品照片文件夹或 DeepFashion2 数据划分添加到目录</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="219"/>
        <source>&amp;Export Results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="222"/>
        <source>Save these results as JSON or CSV</source>
        <translation>将这些结果保存为 JSON 或 CSV</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="227"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="230"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="233"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="236"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="247"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="248"/>
        <source>&amp;Draw Query Box</source>
        <translation>绘制查询框(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="251"/>
        <source>Drag on the photo to search for what is inside your own box (Shift+drag does it at any time)</source>
        <translation>在照片上拖动，搜索自己所画框内的服装（任何时候都可以按住 Shift 拖动）</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="253"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="257"/>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="333"/>
        <source>&amp;Rebuild Index</source>
        <translation>重建索引(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="259"/>
        <source>Build the catalog&apos;s vector index again from its vectors (as lookbook-cli index build)</source>
        <translation>根据目录中的向量重新构建向量索引（同 lookbook-cli index build）</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="262"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="284"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="296"/>
        <source>No catalog</source>
        <translation>无目录</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="307"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="327"/>
        <source>No results for &lt;b&gt;%1&lt;/b&gt;: see the message above the photo</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 没有结果：请查看照片上方的消息</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="358"/>
        <source>Open Street Photo</source>
        <translation>打开街拍照片</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="366"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="387"/>
        <source>clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="390"/>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图像。</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="411"/>
        <source>%1 — %2 × %3 px</source>
        <translation>%1 — %2 × %3 像素</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="423"/>
        <source>No catalog is open: choose one with File ▸ Open Catalog… (Ctrl+Shift+O) to find this photo&apos;s garments in the shop.</source>
        <translation>未打开目录：请通过 文件 ▸ 打开目录…（Ctrl+Shift+O）选择一个目录，以便在商店中查找这张照片中的服装。</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="462"/>
        <source>Catalog: %1 (opening…)</source>
        <translation>目录：%1（正在打开…）</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="490"/>
        <source>The demo could not be prepared: %1</source>
        <translation>无法准备演示：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/searchworkspace.cpp" line="511"/>
        <source>Catalog: %1 — %Ln item(s) · %2</source>
        <translation>
            <numerusform>目录：%1 — %Ln 个条目 · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="513"/>
        <source>%1
vector set %2, %3 dimensions, index %4</source>
        <translation>%1
向量集 %2，%3 维，索引 %4</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="516"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="550"/>
        <source>Fused</source>
        <translation>融合</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="569"/>
        <source>Searching for &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>正在搜索 &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/searchworkspace.cpp" line="576"/>
        <source>Results for &lt;b&gt;%1&lt;/b&gt; — the %n nearest shop item(s), %2 ms</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 的结果 — 最相近的 %n 件商品，%2 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="589"/>
        <source>Loading catalog and models…</source>
        <translation>正在加载目录和模型…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="591"/>
        <source>Detecting…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="593"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="605"/>
        <source>detected in %1 ms</source>
        <translation>检测用时 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="607"/>
        <source>fused in %1 ms (fused boxes: %2)</source>
        <translation>融合用时 %1 毫秒（融合框：%2 个）</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="609"/>
        <source>searched in %1 ms</source>
        <translation>搜索用时 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="615"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="616"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="618"/>
        <source>Export Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="625"/>
        <source>Saved the results to %1</source>
        <translation>结果已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="656"/>
        <source>Open a catalog first (File ▸ Open Catalog…): this uses it and its models.</source>
        <translation>请先打开目录（文件 ▸ 打开目录…）：此操作需要使用目录及其模型。</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="667"/>
        <source>Catalog: %1 (rebuilding the index…)</source>
        <translation>目录：%1（正在重建索引…）</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="680"/>
        <source>Rebuilt the index of vector set %1</source>
        <translation>已重建向量集 %1 的索引</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="710"/>
        <source>Clear Menu</source>
        <translation>清空菜单</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="730"/>
        <source>dropped image</source>
        <translation>拖入的图像</translation>
    </message>
</context>
</TS>
