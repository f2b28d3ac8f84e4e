<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Category</name>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="15"/>
        <source>short sleeve top</source>
        <translation>반소매 상의</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="15"/>
        <source>long sleeve top</source>
        <translation>긴소매 상의</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="16"/>
        <source>short sleeve outwear</source>
        <translation>반소매 아우터</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="16"/>
        <source>long sleeve outwear</source>
        <translation>긴소매 아우터</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="17"/>
        <source>vest</source>
        <translation>조끼</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="17"/>
        <source>sling</source>
        <translation>슬링 탑</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="18"/>
        <source>shorts</source>
        <translation>반바지</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="18"/>
        <source>trousers</source>
        <translation>긴바지</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="19"/>
        <source>skirt</source>
        <translation>치마</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="19"/>
        <source>short sleeve dress</source>
        <translation>반소매 원피스</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="20"/>
        <source>long sleeve dress</source>
        <translation>긴소매 원피스</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="20"/>
        <source>vest dress</source>
        <translation>조끼 원피스</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="21"/>
        <source>sling dress</source>
        <translation>슬립 원피스</translation>
    </message>
</context>
<context>
    <name>DatasetEvaluation</name>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="90"/>
        <source>Detection AP: no detectors among the models</source>
        <translation>검출 AP: 모델 중에 검출기가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="94"/>
        <source>Acc@k: no catalog is open</source>
        <translation>Acc@k: 열린 카탈로그가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="106"/>
        <source>Acc@k skipped: the catalog %1 holds none of the %2 shop photos of %3; import the split into a catalog (File ▸ Import into Catalog…) and open that catalog to measure retrieval</source>
        <translation>Acc@k 건너뜀: 카탈로그 %1에는 %3의 쇼핑 사진 %2장 중 하나도 없습니다. 분할을 카탈로그로 가져온 뒤(파일 ▸ 카탈로그로 가져오기…) 그 카탈로그를 열어 검색 성능을 측정하세요</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="115"/>
        <source>Acc@k: the catalog holds %1 of the split&apos;s %2 shop photos; the others cannot be found</source>
        <translation>Acc@k: 카탈로그에는 분할의 쇼핑 사진 %2장 중 %1장만 있습니다. 나머지는 찾을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/models/errortext.cpp" line="8"/>
        <source>%1; rebuild it with Tools ▸ Rebuild Index</source>
        <translation>%1; 도구 ▸ 색인 다시 만들기로 다시 만드세요</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="9"/>
        <source>%1; check it with: lookbook-cli catalog check &quot;%2&quot;</source>
        <translation>%1; 다음으로 검사하세요: lookbook-cli catalog check &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="10"/>
        <source>%1; import photos with File ▸ Import into Catalog…</source>
        <translation>%1; 파일 ▸ 카탈로그로 가져오기…로 사진을 가져오세요</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="11"/>
        <source>%1; build the demo set with: lookbook-cli demo build</source>
        <translation>%1; 다음으로 데모 세트를 만드세요: lookbook-cli demo build</translation>
    </message>
</context>
<context>
    <name>IndexRebuild</name>
    <message>
        <location filename="../ui/models/indexrebuild.cpp" line="26"/>
        <source>unknown index type &apos;%1&apos; (expected flat, hnsw or ivfpq)</source>
        <translation>알 수 없는 색인 유형 &apos;%1&apos;(flat, hnsw 또는 ivfpq 중 하나여야 합니다)</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;쌍 %3 · 항목 %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="90"/>
        <source>Images (%1);;All files (*)</source>
        <translation>이미지 (%1);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>QaStyle</name>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="28"/>
        <source>True positive</source>
        <translation>정탐</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="30"/>
        <source>Missed</source>
        <translation>누락</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="32"/>
        <source>Spurious</source>
        <translation>오탐</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="34"/>
        <source>Wrong category</source>
        <translation>잘못된 카테고리</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="36"/>
        <source>Poor IoU</source>
        <translation>낮은 IoU</translation>
    </message>
</context>
<context>
    <name>WorkspaceConfig</name>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="40"/>
        <source>No embedder chosen: add the embedder (or ensemble) manifest that made the catalog&apos;s vectors.</source>
        <translation>임베더가 선택되지 않았습니다. 카탈로그의 벡터를 만든 임베더(또는 앙상블) 매니페스트를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="66"/>
        <source>Choose a catalog.</source>
        <translation>카탈로그를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="68"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="16"/>
        <source>About Lookbook</source>
        <translation>Lookbook 정보</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="18"/>
        <source>&lt;h2&gt;Lookbook %1&lt;/h2&gt;&lt;p&gt;Street-to-shop clothes retrieval: detect, fuse, embed, search.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lookbook %1&lt;/h2&gt;&lt;p&gt;길거리 사진으로 쇼핑몰 의류 찾기: 검출, 융합, 임베딩, 검색.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Devices</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Self-check</source>
        <translation>자체 점검</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="36"/>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="39"/>
        <source>The backend check is still running.</source>
        <translation>백엔드 점검이 아직 진행 중입니다.</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::BoxItem</name>
    <message>
        <location filename="../ui/widgets/boxitem.cpp" line="22"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — score %3&lt;br&gt;box %4, %5 – %6, %7 (%8 × %9 px)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — 점수 %3&lt;br&gt;상자 %4, %5 – %6, %7 (%8 × %9 px)</translation>
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
        <translation>&lt;i&gt;열린 카탈로그 없음&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/catalogpanel.cpp" line="33"/>
        <source>%Ln shop item(s) — %L1 listed, more as you scroll</source>
        <translation>
            <numerusform>쇼핑몰 상품 %Ln개 — %L1개 표시, 스크롤하면 더 불러옵니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/catalogpanel.cpp" line="35"/>
        <source>%Ln shop item(s)</source>
        <translation>
            <numerusform>쇼핑몰 상품 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookbook::ui::CompareDialog</name>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="35"/>
        <source>Compare — result #%1</source>
        <translation>비교 — 결과 #%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="41"/>
        <source>Reading the shop photo…</source>
        <translation>쇼핑몰 사진을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="42"/>
        <source>&lt;b&gt;Query&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;쿼리&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="44"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; — %2, similarity %3</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; — %2, 유사도 %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="47"/>
        <source>%1 · pair %2 · item %3</source>
        <translation>%1 · 쌍 %2 · 항목 %3</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationModel</name>
    <message>
        <location filename="../ui/models/evaluationmodel.cpp" line="45"/>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationPanel</name>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="92"/>
        <source>a DeepFashion2-layout dataset (its validation/ split is used) or a split (image/ + annos/)</source>
        <translation>DeepFashion2 형식의 데이터 세트(validation/ 분할 사용) 또는 분할(image/ + annos/)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="94"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="96"/>
        <source>Run the workspace&apos;s detectors, fusion setting and catalog on the dataset, in the background</source>
        <translation>작업 공간의 검출기, 융합 설정, 카탈로그로 데이터 세트를 백그라운드에서 평가합니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="97"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="98"/>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="99"/>
        <source>Save the tables as CSV and the charts as PNG in a folder</source>
        <translation>표는 CSV로, 차트는 PNG로 폴더에 저장</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="113"/>
        <source>Choose a dataset and press Evaluate: the numbers are the ones lookbook-cli experiment and evaluate print.</source>
        <translation>데이터 세트를 고르고 평가를 누르세요. lookbook-cli experiment와 evaluate가 출력하는 것과 같은 수치입니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="130"/>
        <source>Detection AP</source>
        <translation>검출 AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="131"/>
        <source>AP per Category</source>
        <translation>카테고리별 AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="132"/>
        <source>Retrieval Acc@k</source>
        <translation>검색 Acc@k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="137"/>
        <source>Search detector weights and the IoU and skip thresholds for the best AP50 on this dataset (the detections are reused; the detectors do not run again)</source>
        <translation>이 데이터 세트에서 AP50이 가장 높은 검출기 가중치와 IoU·제외 임계값을 찾습니다(검출 결과를 재사용하므로 검출기를 다시 실행하지 않습니다)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="141"/>
        <source>&amp;Apply Tuned Fusion</source>
        <translation>조정된 융합 적용(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="142"/>
        <source>Set the tuned weights and thresholds on the fusion panel</source>
        <translation>조정된 가중치와 임계값을 융합 패널에 설정</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="160"/>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="179"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="181"/>
        <source>%1, IoU thr %2, skip thr %3, weights %4</source>
        <translation>%1, IoU 임계값 %2, 제외 임계값 %3, 가중치 %4</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="188"/>
        <source>Choose a DeepFashion2-layout Dataset or Split</source>
        <translation>DeepFashion2 형식의 데이터 세트 또는 분할 선택</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="201"/>
        <source>Open a catalog and its models first (File ▸ Open Catalog…): the evaluation uses them.</source>
        <translation>먼저 카탈로그와 모델을 여세요(파일 ▸ 카탈로그 열기…). 평가에 이를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="213"/>
        <source>Models: %1 · fusion: %2%3</source>
        <translation>모델: %1 · 융합: %2%3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="214"/>
        <source>no detectors</source>
        <translation>검출기 없음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="216"/>
        <source> · catalog %1, embedder %2</source>
        <translation> · 카탈로그 %1, 임베더 %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="220"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="228"/>
        <source>Evaluate on a dataset first: tuning reuses its detections.</source>
        <translation>먼저 데이터 세트로 평가하세요. 조정은 그 검출 결과를 재사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="230"/>
        <source>The workspace&apos;s detectors changed since the evaluation: evaluate again first.</source>
        <translation>평가 이후 작업 공간의 검출기가 바뀌었습니다. 먼저 다시 평가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="232"/>
        <source>Tuning the fusion needs at least two detectors.</source>
        <translation>융합을 조정하려면 검출기가 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="235"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="282"/>
        <source>Tuning…</source>
        <translation>조정 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="256"/>
        <source>Applied to the fusion panel.</source>
        <translation>융합 패널에 적용했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="276"/>
        <source>%1: %L2 of %L3…</source>
        <translation>%1: %L3개 중 %L2개…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="294"/>
        <source>Evaluated %1: %n photo(s).</source>
        <translation>
            <numerusform>%1 평가 완료: 사진 %n장.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="90"/>
        <source>Dataset f&amp;older:</source>
        <translation>데이터 세트 폴더(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="95"/>
        <source>Eva&amp;luate</source>
        <translation>평가(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="136"/>
        <source>T&amp;une Fusion</source>
        <translation>융합 조정(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="311"/>
        <source>Fused: detectors 1–%1</source>
        <translation>융합: 검출기 1–%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <source>Detector</source>
        <translation>검출기</translation>
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
        <translation>융합한 검출기 수에 따른 상자 AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="318"/>
        <source>detectors fused (in the workspace&apos;s order)</source>
        <translation>융합한 검출기 수(작업 공간 순서)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="319"/>
        <source>box AP</source>
        <translation>상자 AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="342"/>
        <source>Fused</source>
        <translation>융합</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="355"/>
        <source>Box AP per category</source>
        <translation>카테고리별 상자 AP</translation>
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
        <translation>카테고리</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="382"/>
        <source>Acc@k (not measured: see the notes above)</source>
        <translation>Acc@k(측정하지 않음: 위의 안내 참고)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="382"/>
        <source>Acc@k of %1</source>
        <translation>%1의 Acc@k</translation>
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
        <translation>주석 상자</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="404"/>
        <source>Fused boxes</source>
        <translation>융합된 상자</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="405"/>
        <source>Query boxes</source>
        <translation>쿼리 상자</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="413"/>
        <source>AP50 %1 → &lt;b&gt;%2&lt;/b&gt; (%3%4) with %5; %n setting(s) tried.</source>
        <translation>
            <numerusform>AP50 %1 → &lt;b&gt;%2&lt;/b&gt; (%3%4), 설정: %5. 설정 %n개를 시도했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="416"/>
        <source>Tuned: apply it to the fusion panel to search with it.</source>
        <translation>조정 완료: 이 설정으로 검색하려면 융합 패널에 적용하세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="416"/>
        <source>Tuned: the current setting is already the best found.</source>
        <translation>조정 완료: 현재 설정이 이미 찾은 것 중 최선입니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="426"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="458"/>
        <source>Export the Evaluation to a Folder</source>
        <translation>평가를 폴더로 내보내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="463"/>
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>파일 %n개를 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationRun</name>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="14"/>
        <source>Detecting on the dataset&apos;s photos</source>
        <translation>데이터 세트의 사진에서 검출하는 중</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="15"/>
        <source>Computing box AP</source>
        <translation>상자 AP 계산 중</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="16"/>
        <source>Searching with the annotated boxes</source>
        <translation>주석 상자로 검색하는 중</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="17"/>
        <source>Searching with the fused boxes</source>
        <translation>융합된 상자로 검색하는 중</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="59"/>
        <source>Tuning the fusion</source>
        <translation>융합 조정 중</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationWorkspace</name>
    <message>
        <location filename="../ui/workspaces/evaluationworkspace.cpp" line="20"/>
        <source>Evaluation — Lookbook</source>
        <translation>평가 — Lookbook</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::FusionPanel</name>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="29"/>
        <source>Weighted boxes fusion</source>
        <translation>가중 상자 융합(WBF)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="30"/>
        <source>Non-maximum suppression</source>
        <translation>비최대 억제(NMS)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="31"/>
        <source>Soft-NMS</source>
        <translation>Soft-NMS</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="32"/>
        <source>Non-maximum weighted</source>
        <translation>비최대 가중(NMW)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="33"/>
        <source>&amp;Method</source>
        <translation>방법(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="35"/>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="36"/>
        <source>Maximum</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="37"/>
        <source>Box and model average</source>
        <translation>상자 및 모델 평균</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="38"/>
        <source>Absent-model-aware average</source>
        <translation>누락 모델 반영 평균</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="39"/>
        <source>How weighted boxes fusion scores a cluster of boxes</source>
        <translation>가중 상자 융합이 상자 묶음의 점수를 매기는 방식</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="40"/>
        <source>&amp;Confidence</source>
        <translation>신뢰도(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="41"/>
        <source>IoU thr</source>
        <translation>IoU 임계값</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="42"/>
        <source>Boxes overlapping more than this are merged (or suppressed)</source>
        <translation>이 값보다 많이 겹치는 상자는 병합(또는 억제)됩니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="43"/>
        <source>Skip thr</source>
        <translation>제외 임계값</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="44"/>
        <source>Boxes scoring below this are left out of the fusion</source>
        <translation>점수가 이 값보다 낮은 상자는 융합에서 제외됩니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="47"/>
        <source>Detector weights</source>
        <translation>검출기 가중치</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="94"/>
        <source>No detectors loaded</source>
        <translation>불러온 검출기 없음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="101"/>
        <source>Use the boxes of %1 in the fusion</source>
        <translation>%1의 상자를 융합에 사용</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="104"/>
        <source>Fusion weight of %1</source>
        <translation>%1의 융합 가중치</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="29"/>
        <source>, %1 s left</source>
        <translation>, %1초 남음</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="30"/>
        <source>%1 of %n photo(s) · %2 items/s%3 · %4</source>
        <translation>
            <numerusform>사진 %n장 중 %1장 · 초당 %2개 항목%3 · %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="43"/>
        <source>Import into %1</source>
        <translation>%1(으)로 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="49"/>
        <source>a folder of shop photos, or a DeepFashion2 split (image/ + annos/)</source>
        <translation>쇼핑몰 사진 폴더 또는 DeepFashion2 분할(image/ + annos/)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="54"/>
        <source>&amp;Source:</source>
        <translation>원본(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="58"/>
        <source>Shop photos</source>
        <translation>쇼핑몰 사진</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="59"/>
        <source>Street photos</source>
        <translation>길거리 사진</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="60"/>
        <source>All photos</source>
        <translation>모든 사진</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Which photos of a DeepFashion2 split to import; a folder is always shop photos</source>
        <translation>DeepFashion2 분할에서 가져올 사진. 폴더는 항상 쇼핑몰 사진으로 가져옵니다</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="62"/>
        <source>&amp;Images:</source>
        <translation>이미지(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="63"/>
        <source>Boxes: the split&apos;s annotations, or for a folder the workspace&apos;s detectors (%1); vectors: %2.</source>
        <translation>상자: 분할의 주석, 폴더라면 작업 공간의 검출기(%1). 벡터: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="74"/>
        <source>Choose what to import.</source>
        <translation>가져올 항목을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="79"/>
        <source>Photos that cannot be imported are listed here.</source>
        <translation>가져올 수 없는 사진이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="82"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="113"/>
        <source>Import Photos From</source>
        <translation>사진을 가져올 위치</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="123"/>
        <source>%1 is not a folder.</source>
        <translation>%1은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="136"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="138"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="145"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="156"/>
        <source>Photos added: %1, already there: %2, failed: %3; vectors: %4 in %5 s.</source>
        <translation>추가된 사진: %1, 이미 있음: %2, 실패: %3, 벡터: %4개, %5초 소요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="163"/>
        <source>Cancelled: importing the same source again continues where this stopped.</source>
        <translation>취소되었습니다. 같은 원본을 다시 가져오면 멈춘 곳에서 이어집니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="165"/>
        <source>The index was rebuilt.</source>
        <translation>색인을 다시 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="167"/>
        <source>The index was not rebuilt: %1</source>
        <translation>색인을 다시 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::IndexStatus</name>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="22"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="47"/>
        <source>&amp;Rebuild Index</source>
        <translation>색인 다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="48"/>
        <source>Builds the index again from the catalog&apos;s vectors (Tools ▸ Preferences ▸ Catalog chooses its type)</source>
        <translation>카탈로그의 벡터로 색인을 다시 만듭니다(유형은 도구 ▸ 환경 설정 ▸ 카탈로그에서 선택)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="59"/>
        <source>No catalog open</source>
        <translation>열린 카탈로그 없음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="60"/>
        <source>Opening…</source>
        <translation>여는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="61"/>
        <source>Index up to date</source>
        <translation>색인 최신 상태</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="62"/>
        <source>Index out of date</source>
        <translation>색인이 오래됨</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="63"/>
        <source>Cannot open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="64"/>
        <source>Rebuilding the index…</source>
        <translation>색인 다시 만드는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="82"/>
        <source>Vector set &lt;b&gt;%1&lt;/b&gt; by %2 (%3 dimensions): %4 vectors.&lt;br&gt;Index: %5, %6 vectors, built %7.</source>
        <translation>벡터 세트 &lt;b&gt;%1&lt;/b&gt;, 모델 %2(%3차원): 벡터 %4개.&lt;br&gt;색인: %5, 벡터 %6개, 생성 %7.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="31"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ItemInspector</name>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="26"/>
        <source>Ground truth</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="28"/>
        <source>Ground truth (corrected)</source>
        <translation>정답(수정됨)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="30"/>
        <source>Prediction (fused)</source>
        <translation>예측(융합)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="32"/>
        <source>Prediction (one detector)</source>
        <translation>예측(단일 검출기)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="41"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="47"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="48"/>
        <source>Reviewed</source>
        <translation>검토 완료</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="52"/>
        <source>Pair id</source>
        <translation>쌍 ID</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="56"/>
        <source>Selected box</source>
        <translation>선택한 상자</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="61"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="65"/>
        <source>&amp;Accept as Ground Truth</source>
        <translation>정답으로 채택(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="66"/>
        <source>Copy this prediction into the ground truth (A)</source>
        <translation>이 예측을 정답으로 복사(A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="67"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="68"/>
        <source>Origin</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="69"/>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="70"/>
        <source>Style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="71"/>
        <source>Score</source>
        <translation>점수</translation>
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
        <translation>의심도 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="134"/>
        <source>Not checked: run the detectors (Dataset ▸ Run Detectors)</source>
        <translation>확인 안 됨: 검출기를 실행하세요(데이터 세트 ▸ 검출기 실행)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="137"/>
        <source>No image</source>
        <translation>이미지 없음</translation>
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
        <translation>선택된 항목 없음: 상자를 클릭하거나 사진 위를 드래그해 새로 그리세요</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::LayersPanel</name>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="49"/>
        <location filename="../ui/widgets/layerspanel.cpp" line="62"/>
        <source>Fused boxes</source>
        <translation>융합된 상자</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="51"/>
        <source>No detectors yet: open a catalog with its models (File ▸ Open Catalog…).</source>
        <translation>아직 검출기가 없습니다. 카탈로그와 모델을 여세요(파일 ▸ 카탈로그 열기…).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="57"/>
        <source>Score ≥</source>
        <translation>점수 ≥</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="70"/>
        <source>Show the boxes of detector %1</source>
        <translation>검출기 %1의 상자 표시</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="70"/>
        <source>Show the fused boxes</source>
        <translation>융합된 상자 표시</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="80"/>
        <source>Boxes of %1 scoring below this are neither shown nor fused</source>
        <translation>점수가 이 값보다 낮은 %1의 상자는 표시하지도 융합하지도 않습니다</translation>
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
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="38"/>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="39"/>
        <source>Evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="82"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="88"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="91"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="108"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="109"/>
        <source>&amp;Evaluate on a Dataset…</source>
        <translation>데이터 세트로 평가(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="112"/>
        <source>Detection AP and retrieval Acc@k of the workspace&apos;s models and fusion setting on a DeepFashion2-layout dataset</source>
        <translation>DeepFashion2 형식 데이터 세트에서 작업 공간의 모델과 융합 설정의 검출 AP와 검색 Acc@k 측정</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="115"/>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="119"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="120"/>
        <source>&amp;About Lookbook</source>
        <translation>Lookbook 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="121"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="36"/>
        <source>Device: checking…</source>
        <translation>장치: 확인 중…</translation>
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
            <numerusform>CUDA (GPU %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="189"/>
        <source>Device: %1</source>
        <translation>장치: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="193"/>
        <source>A backend self-check failed: see Help ▸ About Lookbook</source>
        <translation>백엔드 자체 점검에 실패했습니다. 도움말 ▸ Lookbook 정보를 확인하세요</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ManifestList</name>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="22"/>
        <source>detector</source>
        <translation>검출기</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="24"/>
        <source>embedder</source>
        <translation>임베더</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="26"/>
        <source>ensemble</source>
        <translation>앙상블</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="41"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="42"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="80"/>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="82"/>
        <source>unreadable — %1</source>
        <translation>읽을 수 없음 — %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="111"/>
        <source>Add Model Manifests</source>
        <translation>모델 매니페스트 추가</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="111"/>
        <source>Model manifests (*.json);;All files (*)</source>
        <translation>모델 매니페스트 (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::MessageBar</name>
    <message>
        <location filename="../ui/widgets/messagebar.cpp" line="30"/>
        <source>Close this message</source>
        <translation>이 메시지 닫기</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::OpenCatalogDialog</name>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="20"/>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="76"/>
        <source>Open Catalog</source>
        <translation>카탈로그 열기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="26"/>
        <source>a catalog made with lookbook-cli catalog create / import</source>
        <translation>lookbook-cli catalog create / import로 만든 카탈로그</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="27"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="31"/>
        <source>&amp;Catalog:</source>
        <translation>카탈로그(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="36"/>
        <source>&amp;Models (detectors, and the embedder that made the catalog&apos;s vectors); untick to leave one out:</source>
        <translation>모델(&amp;M)(검출기와 카탈로그의 벡터를 만든 임베더). 제외하려면 선택을 해제하세요:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="77"/>
        <source>Lookbook catalogs (*.db);;All files (*)</source>
        <translation>Lookbook 카탈로그 (*.db);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PhotoCanvas</name>
    <message>
        <location filename="../ui/widgets/photocanvas.cpp" line="229"/>
        <source>Open a street photo to find its garments in the shop

Ctrl+O to open  ·  Ctrl+V to paste  ·  or drop an image here</source>
        <translation>길거리 사진을 열어 사진 속 의류를 쇼핑몰에서 찾아보세요

Ctrl+O로 열기  ·  Ctrl+V로 붙여넣기  ·  또는 여기에 이미지를 끌어다 놓으세요</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="33"/>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="41"/>
        <source>Detectors, and the embedder (or ensemble) that made the catalog&apos;s vectors. Untick a model to leave it out without forgetting it.</source>
        <translation>검출기와 카탈로그의 벡터를 만든 임베더(또는 앙상블)입니다. 모델의 선택을 해제하면 목록에서 지우지 않고 제외합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="52"/>
        <source>&amp;Models</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="57"/>
        <source>Automatic (CUDA when there is a GPU)</source>
        <translation>자동(GPU가 있으면 CUDA)</translation>
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
        <translation>모델 실행 장치(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="65"/>
        <source>Automatic (one per core)</source>
        <translation>자동(코어당 하나)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="67"/>
        <source>CPU threads each model uses; fewer leave room for other programs</source>
        <translation>각 모델이 사용하는 CPU 스레드 수. 적을수록 다른 프로그램에 여유가 생깁니다</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="68"/>
        <source>CPU &amp;threads:</source>
        <translation>CPU 스레드(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="69"/>
        <source>A change here reloads the catalog&apos;s models.</source>
        <translation>여기를 바꾸면 카탈로그의 모델을 다시 불러옵니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="70"/>
        <source>&amp;Performance</source>
        <translation>성능(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="76"/>
        <source>As recorded for the catalog</source>
        <translation>카탈로그에 기록된 대로</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="77"/>
        <source>Exact (flat, inner product)</source>
        <translation>정확(flat, 내적)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="78"/>
        <source>HNSW graph (fast, approximate)</source>
        <translation>HNSW 그래프(빠름, 근사)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="79"/>
        <source>IVF-PQ (compact, for millions of items)</source>
        <translation>IVF-PQ(작은 용량, 수백만 항목용)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="81"/>
        <source>&amp;Index type:</source>
        <translation>색인 유형(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="82"/>
        <source>Used by Tools ▸ Rebuild Index. A type other than the catalog&apos;s builds it with that type&apos;s default parameters; lookbook-cli index build sets them all.</source>
        <translation>도구 ▸ 색인 다시 만들기에서 사용합니다. 카탈로그와 다른 유형을 고르면 그 유형의 기본 매개변수로 만듭니다. 모든 매개변수는 lookbook-cli index build로 설정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="88"/>
        <source> thumbnails</source>
        <translation>개 미리보기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="90"/>
        <source>About 100 KB each; the least recently shown go first</source>
        <translation>하나에 약 100KB. 가장 오래전에 표시된 것부터 지웁니다</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="91"/>
        <source>&amp;Thumbnail cache:</source>
        <translation>미리보기 캐시(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="92"/>
        <source>&amp;Catalog</source>
        <translation>카탈로그(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="98"/>
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="102"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="103"/>
        <source>Applies after Lookbook is restarted.</source>
        <translation>Lookbook을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="104"/>
        <source>&amp;Interface</source>
        <translation>인터페이스(&amp;I)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultDelegate</name>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="58"/>
        <source>loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="70"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="84"/>
        <source>pair %1</source>
        <translation>쌍 %1</translation>
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
        <translation>&lt;b&gt;#%1&lt;/b&gt; 유사도 %2&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="36"/>
        <source>E&amp;mbedder:</source>
        <translation>임베더(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="40"/>
        <source>The model whose vectors are searched; the catalog holds a vector set for each</source>
        <translation>벡터를 검색할 모델. 카탈로그에는 모델마다 벡터 세트가 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="46"/>
        <source>Post-processing:</source>
        <translation>후처리:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="48"/>
        <source>&amp;QE</source>
        <translation>&amp;QE</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="49"/>
        <source>α-query expansion: the query is averaged with its %1 nearest shop items</source>
        <translation>α-쿼리 확장: 쿼리를 가장 가까운 쇼핑몰 상품 %1개와 평균합니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="50"/>
        <source>&amp;DBA</source>
        <translation>&amp;DBA</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="51"/>
        <source>Database-side augmentation: every shop item is averaged with its %1 nearest neighbours</source>
        <translation>데이터베이스 측 증강: 모든 쇼핑몰 상품을 가장 가까운 이웃 %1개와 평균합니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="52"/>
        <source>&amp;Re-rank</source>
        <translation>재순위(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="53"/>
        <source>k-reciprocal re-ranking (k1 = 20, k2 = 6, λ = 0.3)</source>
        <translation>k-상호 재순위화(k1 = 20, k2 = 6, λ = 0.3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="94"/>
        <source>&lt;i&gt;Click a fused box, or Shift+drag a box of your own, to find it in the shop&lt;/i&gt;</source>
        <translation>&lt;i&gt;융합된 상자를 클릭하거나 Shift+드래그로 직접 상자를 그려 쇼핑몰에서 찾아보세요&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewCanvas</name>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="397"/>
        <source>Open a review catalog (Dataset ▸ Open Review Catalog…)
or import a dataset (Dataset ▸ Import Dataset…)</source>
        <translation>검토 카탈로그를 열거나(데이터 세트 ▸ 검토 카탈로그 열기…)
데이터 세트를 가져오세요(데이터 세트 ▸ 데이터 세트 가져오기…)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="479"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="482"/>
        <source>Suspicion %1 · IoU ≥ %2 · score ≥ %3</source>
        <translation>의심도 %1 · IoU ≥ %2 · 점수 ≥ %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="487"/>
        <source>Ground truth (no predictions yet: Dataset ▸ Run Detectors)</source>
        <translation>정답(아직 예측 없음: 데이터 세트 ▸ 검출기 실행)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="490"/>
        <source>── ground truth   - - prediction</source>
        <translation>── 정답   - - 예측</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewDocument</name>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="137"/>
        <location filename="../ui/models/reviewdocument.cpp" line="381"/>
        <source>No review catalog is open.</source>
        <translation>열린 검토 카탈로그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="258"/>
        <source>Add box</source>
        <translation>상자 추가</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="272"/>
        <source>Move box</source>
        <translation>상자 이동</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="294"/>
        <source>Nudge box</source>
        <translation>상자 미세 이동</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="304"/>
        <source>Delete prediction</source>
        <translation>예측 삭제</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="304"/>
        <source>Delete box</source>
        <translation>상자 삭제</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="321"/>
        <source>Change category</source>
        <translation>카테고리 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="336"/>
        <source>Change style</source>
        <translation>스타일 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="346"/>
        <source>Change pair id</source>
        <translation>쌍 ID 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="365"/>
        <source>Accept prediction</source>
        <translation>예측 채택</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="375"/>
        <source>Mark reviewed</source>
        <translation>검토 완료로 표시</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="375"/>
        <source>Mark unreviewed</source>
        <translation>미검토로 표시</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="482"/>
        <source>%1: cannot read the recovery journal: %2</source>
        <translation>%1: 복구 기록을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="486"/>
        <source>%1: the recovery journal is damaged (%2); it was left as it is</source>
        <translation>%1: 복구 기록이 손상되었습니다(%2). 그대로 두었습니다</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="536"/>
        <location filename="../ui/models/reviewdocument.cpp" line="539"/>
        <source>Restore unsaved edits</source>
        <translation>저장하지 않은 편집 복원</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewImageModel</name>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="105"/>
        <source>%1
%2 · not checked yet</source>
        <translation>%1
%2 · 아직 확인 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="106"/>
        <source>%1%2 · suspicion %3
%4 TP · %5 missed · %6 spurious
%7 wrong class · %8 poor IoU</source>
        <translation>%1%2 · 의심도 %3
정탐 %4 · 누락 %5 · 오탐 %6
잘못된 클래스 %7 · 낮은 IoU %8</translation>
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
        <translation>&lt;열림&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="67"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="68"/>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="69"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="124"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="126"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="128"/>
        <source>&amp;Save Review Edits</source>
        <translation>검토 편집 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="130"/>
        <source>Write the edits to the review catalog, with the review log</source>
        <translation>편집 내용을 검토 로그와 함께 검토 카탈로그에 기록</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="132"/>
        <source>&amp;Open Review Catalog…</source>
        <translation>검토 카탈로그 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="133"/>
        <source>Open a review catalog made by Import Dataset</source>
        <translation>데이터 세트 가져오기로 만든 검토 카탈로그 열기</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="135"/>
        <source>&amp;Import Dataset…</source>
        <translation>데이터 세트 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="136"/>
        <source>Make a review catalog from a DeepFashion2 split or a COCO JSON file</source>
        <translation>DeepFashion2 분할이나 COCO JSON 파일로 검토 카탈로그 만들기</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="138"/>
        <source>&amp;Run Detectors</source>
        <translation>검출기 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="140"/>
        <source>Detect and fuse boxes on the images without predictions, and match them with the ground truth</source>
        <translation>예측이 없는 이미지에서 상자를 검출·융합하고 정답과 대조합니다</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="142"/>
        <source>&amp;Cancel Dataset Job</source>
        <translation>데이터 세트 작업 취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="145"/>
        <source>&amp;Next Image</source>
        <translation>다음 이미지(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="148"/>
        <source>&amp;Previous Image</source>
        <translation>이전 이미지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="151"/>
        <source>&amp;Mark Reviewed</source>
        <translation>검토 완료로 표시(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="153"/>
        <source>Mark the image reviewed (or not)</source>
        <translation>이미지를 검토 완료로 표시(또는 해제)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="155"/>
        <source>Export as &amp;DeepFashion2…</source>
        <translation>DeepFashion2로 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="156"/>
        <source>Write the saved annotations as a DeepFashion2 split (annos/ and image/)</source>
        <translation>저장된 주석을 DeepFashion2 분할(annos/와 image/)로 기록</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="158"/>
        <source>Export as &amp;COCO…</source>
        <translation>COCO로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="159"/>
        <source>Write the saved annotations as one COCO JSON file</source>
        <translation>저장된 주석을 COCO JSON 파일 하나로 기록</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="161"/>
        <source>Export Review &amp;Log…</source>
        <translation>검토 로그 내보내기(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="162"/>
        <source>Write who changed what, and when, as CSV</source>
        <translation>누가 언제 무엇을 바꾸었는지 CSV로 기록</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="164"/>
        <source>Re-&amp;index Corrected Shop Items</source>
        <translation>수정된 쇼핑몰 상품 다시 색인(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="165"/>
        <source>Embed the shop items whose boxes changed and update the index in place</source>
        <translation>상자가 바뀐 쇼핑몰 상품을 임베딩하고 색인을 그 자리에서 갱신</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="167"/>
        <source>&amp;Accept Prediction as Ground Truth</source>
        <translation>예측을 정답으로 채택(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="170"/>
        <source>&amp;Delete Box</source>
        <translation>상자 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="173"/>
        <source>&amp;Dataset</source>
        <translation>데이터 세트(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="185"/>
        <source>Review[*] — Lookbook</source>
        <translation>검토[*] — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="185"/>
        <source>%1[*] — Review — Lookbook</source>
        <translation>%1[*] — 검토 — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="234"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="238"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="240"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="244"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="333"/>
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="241"/>
        <source>Not reviewed</source>
        <translation>미검토</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="242"/>
        <source>Reviewed</source>
        <translation>검토 완료</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="245"/>
        <source>Any error</source>
        <translation>모든 오류</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="246"/>
        <source>Missed ground truth</source>
        <translation>누락된 정답</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="247"/>
        <source>Spurious prediction</source>
        <translation>잘못된 예측(오탐)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="248"/>
        <source>Wrong category</source>
        <translation>잘못된 카테고리</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="249"/>
        <source>Poor IoU</source>
        <translation>낮은 IoU</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="251"/>
        <source>Most suspicious first</source>
        <translation>의심도 높은 순</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="252"/>
        <source>Image id</source>
        <translation>이미지 ID</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="253"/>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="254"/>
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="255"/>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="256"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="257"/>
        <source>Sort</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="261"/>
        <source>A prediction matches a ground-truth box at this IoU or more</source>
        <translation>예측이 정답 상자와 이 IoU 이상 겹치면 일치로 봅니다</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="265"/>
        <source>Predictions below this score are too unsure to judge a label by: not matched, not drawn</source>
        <translation>점수가 이보다 낮은 예측은 레이블을 판단하기에 불확실하므로 대조하지도 그리지도 않습니다</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="267"/>
        <source>IoU ≥</source>
        <translation>IoU ≥</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="269"/>
        <source>score ≥</source>
        <translation>점수 ≥</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="271"/>
        <source>Match</source>
        <translation>대조</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="328"/>
        <source>No image matches the filters</source>
        <translation>필터와 일치하는 이미지가 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="349"/>
        <source>Edits that were not saved when Lookbook last stopped were found in %1. Restore them (they stay unsaved until you save), or close this bar and go on without them.</source>
        <translation>Lookbook이 마지막으로 종료될 때 저장되지 않은 편집이 %1에서 발견되었습니다. 복원하거나(저장하기 전까지는 저장되지 않은 상태로 남습니다), 이 표시줄을 닫고 복원 없이 계속하세요.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="352"/>
        <source>&amp;Restore Edits</source>
        <translation>편집 복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="387"/>
        <source>Matching again at IoU ≥ %1, score ≥ %2…</source>
        <translation>IoU ≥ %1, 점수 ≥ %2로 다시 대조하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="388"/>
        <source>Matching again: %1 of %2 images</source>
        <translation>다시 대조하는 중: 이미지 %2장 중 %1장</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="396"/>
        <source>QA counts are up to date</source>
        <translation>QA 집계가 최신 상태입니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="407"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>이미지 %n장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="429"/>
        <source>%1: not in the review catalog %2</source>
        <translation>%1: 검토 카탈로그 %2에 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="519"/>
        <source>Unsaved Review Edits</source>
        <translation>저장하지 않은 검토 편집</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="520"/>
        <source>The review catalog %1 has edits that are not saved. Save them?</source>
        <translation>검토 카탈로그 %1에 저장하지 않은 편집이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="532"/>
        <source>Open Review Catalog</source>
        <translation>검토 카탈로그 열기</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="532"/>
        <source>Catalogs (*.db);;All files (*)</source>
        <translation>카탈로그 (*.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="539"/>
        <source>Import a DeepFashion2 Split (a folder with image/ and annos/)</source>
        <translation>DeepFashion2 분할 가져오기(image/와 annos/가 있는 폴더)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="541"/>
        <source>Or Import a COCO Ground-Truth File</source>
        <translation>또는 COCO 정답 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="541"/>
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="545"/>
        <source>Review Catalog to Create or Extend</source>
        <translation>만들거나 확장할 검토 카탈로그</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="548"/>
        <source>Catalogs (*.db)</source>
        <translation>카탈로그 (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="594"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="611"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="612"/>
        <source>Importing: %1 of %2 images</source>
        <translation>가져오는 중: 이미지 %2장 중 %1장</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="617"/>
        <source>%1 images imported (%2 items), %3 already there%4, in %5 s</source>
        <translation>이미지 %1장 가져옴(항목 %2개), %3장은 이미 있음%4, %5초 소요</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="621"/>
        <source>; cancelled: import again to go on</source>
        <translation> (취소됨: 다시 가져오면 이어집니다)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="626"/>
        <source>%n file(s) could not be imported: %1</source>
        <translation>
            <numerusform>파일 %n개를 가져올 수 없습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="637"/>
        <source>Detector Manifests</source>
        <translation>검출기 매니페스트</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="638"/>
        <source>Model manifests (*.json)</source>
        <translation>모델 매니페스트 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="651"/>
        <source>Running %n detector(s)…</source>
        <translation>
            <numerusform>검출기 %n개 실행 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="654"/>
        <source>Detecting: %1 of %2 images, %3 images/s</source>
        <translation>검출 중: 이미지 %2장 중 %1장, 초당 %3장</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="662"/>
        <source>%1 images checked, %2 boxes stored, %3 failed%4, in %5 s</source>
        <translation>이미지 %1장 확인, 상자 %2개 저장, %3장 실패%4, %5초 소요</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="666"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="779"/>
        <source>; cancelled: run again to go on</source>
        <translation> (취소됨: 다시 실행하면 이어집니다)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="700"/>
        <source>Export as COCO</source>
        <translation>COCO로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="701"/>
        <source>COCO annotations (*.json)</source>
        <translation>COCO 주석 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="702"/>
        <source>Export as DeepFashion2 (a new split folder)</source>
        <translation>DeepFashion2로 내보내기(새 분할 폴더)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="711"/>
        <source>Export Review Log</source>
        <translation>검토 로그 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="713"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="726"/>
        <source>Exporting annotations…</source>
        <translation>주석 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="727"/>
        <source>Exporting: %1 of %2 images</source>
        <translation>내보내는 중: 이미지 %2장 중 %1장</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="731"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="750"/>
        <source>Export cancelled: nothing was written</source>
        <translation>내보내기 취소됨: 아무것도 기록하지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="734"/>
        <source>Exported %n image(s) with %1 boxes to %2</source>
        <translation>
            <numerusform>이미지 %n장(상자 %1개)을 %2(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="746"/>
        <source>Exporting the review log…</source>
        <translation>검토 로그 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="747"/>
        <source>Exporting the review log: %1 of %2 rows</source>
        <translation>검토 로그 내보내는 중: %2행 중 %1행</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="751"/>
        <source>Exported %n review log row(s) to %1</source>
        <translation>
            <numerusform>검토 로그 %n행을 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="767"/>
        <source>Re-indexing corrected shop items…</source>
        <translation>수정된 쇼핑몰 상품을 다시 색인하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="768"/>
        <source>Embedding: %1 of %2 items</source>
        <translation>임베딩 중: 항목 %2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="771"/>
        <source>the index was up to date</source>
        <translation>색인이 최신 상태였습니다</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="772"/>
        <source>the index was updated in place</source>
        <translation>색인을 그 자리에서 갱신했습니다</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="773"/>
        <source>the index was rebuilt (%1)</source>
        <translation>색인을 다시 만들었습니다(%1)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="774"/>
        <source>Vector set %1: %2 item(s) embedded, %3 removed from and %4 added to the index; %5%6</source>
        <translation>벡터 세트 %1: 항목 %2개 임베딩, 색인에서 %3개 제거 및 %4개 추가. %5%6</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::SearchSession</name>
    <message>
        <location filename="../ui/models/searchsession.cpp" line="262"/>
        <source>your box</source>
        <translation>직접 그린 상자</translation>
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
        <translation>데모 카탈로그 준비 중(처음 실행할 때만): %1, %L3개 중 %L2개…</translation>
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
        <translation>레이어</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="185"/>
        <source>Fusion</source>
        <translation>융합</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="186"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="188"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="201"/>
        <source>&amp;Open Photo…</source>
        <translation>사진 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="204"/>
        <source>Open a street photo</source>
        <translation>길거리 사진 열기</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="205"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="207"/>
        <source>&amp;Paste Photo</source>
        <translation>사진 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="210"/>
        <source>Use the image on the clipboard as the street photo</source>
        <translation>클립보드의 이미지를 길거리 사진으로 사용</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="211"/>
        <source>Open &amp;Catalog…</source>
        <translation>카탈로그 열기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="214"/>
        <source>Choose the shop catalog to search and the models to use</source>
        <translation>검색할 쇼핑몰 카탈로그와 사용할 모델 선택</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="215"/>
        <source>&amp;Import into Catalog…</source>
        <translation>카탈로그로 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="218"/>
        <source>Add a folder of shop photos or a DeepFashion2 split to the catalog</source>
        <translation>쇼핑몰 사진 폴더나 DeepFashion2 분할을 카탈로그에 추가</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="219"/>
        <source>&amp;Export Results…</source>
        <translation>결과 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="222"/>
        <source>Save these results as JSON or CSV</source>
        <translation>이 결과를 JSON 또는 CSV로 저장</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="227"/>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="230"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="233"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="236"/>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="247"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="248"/>
        <source>&amp;Draw Query Box</source>
        <translation>쿼리 상자 그리기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="251"/>
        <source>Drag on the photo to search for what is inside your own box (Shift+drag does it at any time)</source>
        <translation>사진 위를 드래그해 직접 그린 상자 안의 의류를 검색합니다(Shift+드래그는 언제든 가능)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="253"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="257"/>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="333"/>
        <source>&amp;Rebuild Index</source>
        <translation>색인 다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="259"/>
        <source>Build the catalog&apos;s vector index again from its vectors (as lookbook-cli index build)</source>
        <translation>카탈로그의 벡터로 벡터 색인을 다시 만듭니다(lookbook-cli index build와 동일)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="262"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="284"/>
        <source>No photo</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="296"/>
        <source>No catalog</source>
        <translation>카탈로그 없음</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="307"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="327"/>
        <source>No results for &lt;b&gt;%1&lt;/b&gt;: see the message above the photo</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;에 대한 결과가 없습니다. 사진 위의 메시지를 확인하세요</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="358"/>
        <source>Open Street Photo</source>
        <translation>길거리 사진 열기</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="366"/>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="387"/>
        <source>clipboard</source>
        <translation>클립보드</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="390"/>
        <source>The clipboard holds no image.</source>
        <translation>클립보드에 이미지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="411"/>
        <source>%1 — %2 × %3 px</source>
        <translation>%1 — %2 × %3 px</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="423"/>
        <source>No catalog is open: choose one with File ▸ Open Catalog… (Ctrl+Shift+O) to find this photo&apos;s garments in the shop.</source>
        <translation>열린 카탈로그가 없습니다. 이 사진 속 의류를 쇼핑몰에서 찾으려면 파일 ▸ 카탈로그 열기…(Ctrl+Shift+O)로 카탈로그를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="462"/>
        <source>Catalog: %1 (opening…)</source>
        <translation>카탈로그: %1 (여는 중…)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="490"/>
        <source>The demo could not be prepared: %1</source>
        <translation>데모를 준비하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/searchworkspace.cpp" line="511"/>
        <source>Catalog: %1 — %Ln item(s) · %2</source>
        <translation>
            <numerusform>카탈로그: %1 — 항목 %Ln개 · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="513"/>
        <source>%1
vector set %2, %3 dimensions, index %4</source>
        <translation>%1
벡터 세트 %2, %3차원, 색인 %4</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="516"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="550"/>
        <source>Fused</source>
        <translation>융합</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="569"/>
        <source>Searching for &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 검색 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/searchworkspace.cpp" line="576"/>
        <source>Results for &lt;b&gt;%1&lt;/b&gt; — the %n nearest shop item(s), %2 ms</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;의 결과 — 가장 가까운 쇼핑몰 상품 %n개, %2ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="589"/>
        <source>Loading catalog and models…</source>
        <translation>카탈로그와 모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="591"/>
        <source>Detecting…</source>
        <translation>검출 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="593"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="605"/>
        <source>detected in %1 ms</source>
        <translation>검출 %1ms</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="607"/>
        <source>fused in %1 ms (fused boxes: %2)</source>
        <translation>융합 %1ms(융합된 상자: %2개)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="609"/>
        <source>searched in %1 ms</source>
        <translation>검색 %1ms</translation>
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
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="625"/>
        <source>Saved the results to %1</source>
        <translation>결과를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="656"/>
        <source>Open a catalog first (File ▸ Open Catalog…): this uses it and its models.</source>
        <translation>먼저 카탈로그를 여세요(파일 ▸ 카탈로그 열기…). 이 기능은 카탈로그와 그 모델을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="667"/>
        <source>Catalog: %1 (rebuilding the index…)</source>
        <translation>카탈로그: %1 (색인 다시 만드는 중…)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="680"/>
        <source>Rebuilt the index of vector set %1</source>
        <translation>벡터 세트 %1의 색인을 다시 만들었습니다</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="710"/>
        <source>Clear Menu</source>
        <translation>메뉴 비우기</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="730"/>
        <source>dropped image</source>
        <translation>끌어다 놓은 이미지</translation>
    </message>
</context>
</TS>
