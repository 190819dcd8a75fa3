<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ListenerContext</name>
    <message>
        <location filename="../../ui/application/app_settings.cpp" line="27" />
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ui/application/app_settings.cpp" line="30" />
        <source>FREE</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../../ui/application/app_settings.cpp" line="33" />
        <location filename="../../ui/presentation/reason_text.cpp" line="122" />
        <location filename="../../ui/presentation/unlock_text.cpp" line="26" />
        <source>desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <location filename="../../ui/application/app_settings.cpp" line="34" />
        <location filename="../../ui/presentation/reason_text.cpp" line="124" />
        <location filename="../../ui/presentation/unlock_text.cpp" line="28" />
        <source>car</source>
        <translation>车载</translation>
    </message>
    <message>
        <location filename="../../ui/application/app_settings.cpp" line="35" />
        <location filename="../../ui/presentation/reason_text.cpp" line="126" />
        <location filename="../../ui/presentation/unlock_text.cpp" line="30" />
        <source>tv</source>
        <translation>电视</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/presentation/decision_text.cpp" line="121" />
        <source>Resolution capped at %1-bit / %2 kHz for this tier</source>
        <translation>此会员等级的音质上限为 %1 位 / %2 kHz</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/decision_text.cpp" line="130" />
        <source> (sublicence of %1)</source>
        <translation>（%1 的分许可）</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/player_bridge.cpp" line="31" />
        <source>mono</source>
        <translation>单声道</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/player_bridge.cpp" line="32" />
        <source>stereo</source>
        <translation>立体声</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/player_bridge.cpp" line="33" />
        <source>%1 ch</source>
        <translation>%1 声道</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/player_bridge.cpp" line="35" />
        <source>float</source>
        <translation>浮点</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/player_bridge.cpp" line="36" />
        <source>%1-bit</source>
        <translation>%1 位</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="23" />
        <source>Licensed</source>
        <translation>已获授权</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="24" />
        <source>Purchased</source>
        <translation>已购买</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="25" />
        <source>No licence in the catalogue</source>
        <translation>目录中没有授权协议</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="26" />
        <source>Not licensed in this territory</source>
        <translation>此国家/地区未获授权</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="27" />
        <source>Licence not started yet</source>
        <translation>授权尚未生效</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="28" />
        <source>Licence ended</source>
        <translation>授权已结束</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="29" />
        <source>Sublicence outside its parent licence</source>
        <translation>分许可超出上级授权范围</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="30" />
        <source>Parent licence lapsed</source>
        <translation>上级授权已失效</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="31" />
        <source>A higher subscription tier is required</source>
        <translation>需要更高的会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="32" />
        <source>No tier offers this commercial model</source>
        <translation>没有会员等级提供此商业模式</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="33" />
        <source>This device class is not in your tier</source>
        <translation>您的会员等级不包括此类设备</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="34" />
        <source>Only a preview is licensed</source>
        <translation>仅授权试听</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="35" />
        <source>The licence grants no playback</source>
        <translation>授权不包括播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="36" />
        <source>Taken down</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="38" />
        <source>Taken down; still playable during the transition</source>
        <translation>已下架，过渡期内仍可播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="39" />
        <source>Hi-res requires SVIP</source>
        <translation>高解析度需要 SVIP</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="40" />
        <source>Unidentified personal file: allowed</source>
        <translation>未识别的个人文件：允许播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="42" />
        <source>Unidentified personal file: not allowed</source>
        <translation>未识别的个人文件：不允许播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="43" />
        <source>The licence catalogue could not be read</source>
        <translation>无法读取版权目录</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="45" />
        <source>Not licensed here and now</source>
        <translation>此时此地未获授权</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="46" />
        <source>The file could not be decoded</source>
        <translation>文件无法解码</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="47" />
        <source>The file is missing</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="48" />
        <source>Unsupported audio format</source>
        <translation>不支持的音频格式</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="70" />
        <source>Licensed in %1 until %2 (deal %3)</source>
        <translation>已在 %1 获得授权，有效期至 %2（协议 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="72" />
        <source>Licensed in %1 (deal %2)</source>
        <translation>已在 %1 获得授权（协议 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="73" />
        <source>Purchased %1</source>
        <translation>已于 %1 购买</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="74" />
        <source>Purchased</source>
        <translation>已购买</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="76" />
        <source>No licence for this recording</source>
        <translation>此录音没有授权</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="78" />
        <source>No licence for %1</source>
        <translation>在 %1 没有授权</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="79" />
        <source>Licence starts %1</source>
        <translation>授权自 %1 起生效</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="80" />
        <source>Licence ended %1</source>
        <translation>授权已于 %1 结束</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="82" />
        <source>Sublicence %1 lapsed: its parent deal is gone</source>
        <translation>分许可 %1 已失效：其上级协议已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="84" />
        <source>Parent licence %1 starts %2</source>
        <translation>上级授权 %1 自 %2 起生效</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="86" />
        <source>Parent licence %1 ended %2</source>
        <translation>上级授权 %1 已于 %2 结束</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="88" />
        <source>Sublicence %1 does not reach %2 (parent %3)</source>
        <translation>分许可 %1 不覆盖 %2（上级协议 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="90" />
        <source>Only a %1 s preview is licensed (deal %2)</source>
        <translation>仅授权 %1 秒试听（协议 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="92" />
        <source>Deal %1 grants no playback use</source>
        <translation>协议 %1 不包括播放权</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="94" />
        <source>%1 required (%2)</source>
        <translation>需要 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="96" />
        <source>Licensed only under %1, which no tier includes</source>
        <translation>仅以 %1 授权，没有会员等级包含此模式</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="98" />
        <source>%1 required on %2</source>
        <translation>在%2设备上需要 %1</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="99" />
        <source>No tier covers %1</source>
        <translation>没有会员等级包括%1设备</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="101" />
        <source>Taken down %1, notice %2</source>
        <translation>已于 %1 下架，通知 %2</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="102" />
        <source>Taken down %1</source>
        <translation>已于 %1 下架</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="104" />
        <source>Taken down %1, notice %2; plays until %3 (transition period)</source>
        <translation>已于 %1 下架，通知 %2；过渡期内可播放至 %3</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="106" />
        <source>Taken down %1; plays until %2 (transition period)</source>
        <translation>已于 %1 下架；过渡期内可播放至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="108" />
        <source>%1 required for hi-res</source>
        <translation>高解析度需要 %1</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="110" />
        <source>Unidentified personal file: allowed by the catalogue's policy</source>
        <translation>未识别的个人文件：版权目录的规则允许播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="112" />
        <source>Unidentified files may not play under this catalogue's policy</source>
        <translation>按此版权目录的规则，未识别的文件不能播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="114" />
        <source>The licence catalogue could not be read: %1</source>
        <translation>无法读取版权目录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/reason_text.cpp" line="115" />
        <source>not licensed here and now</source>
        <translation>此时此地未获授权</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../ui/presentation/verdict.cpp" line="18" />
        <source>Playable</source>
        <translation>可播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/verdict.cpp" line="20" />
        <source>Preview 0:30</source>
        <translation>试听 0:30</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/verdict.cpp" line="22" />
        <source>Playable (capped)</source>
        <translation>可播放（音质受限）</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/verdict.cpp" line="24" />
        <source>Blocked</source>
        <translation>不可播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/verdict.cpp" line="26" />
        <source>Unidentified</source>
        <translation>未识别</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/verdict.cpp" line="30" />
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
</context>
<context>
    <name>accord::ui</name>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="43" />
        <source>%1 and %n more</source>
        <translation>%1 等另外 %n 个</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="61" />
        <source>plays in hi-res</source>
        <translation>以高解析度播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="61" />
        <source>plays</source>
        <translation>次播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="64" />
        <source>plays at %1-bit / %2 kHz</source>
        <translation>以 %1 位 / %2 kHz 播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="69" />
        <source>a %1 s preview plays</source>
        <translation>可试听 %1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="71" />
        <source>still blocked</source>
        <translation>仍不可播放</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="79" />
        <source>With %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="81" />
        <source>On %1</source>
        <translation>在 %1 上</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="85" />
        <source>In every other territory</source>
        <translation>在其他所有地区</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="86" />
        <source>In every territory except %1</source>
        <translation>在除 %1 以外的所有地区</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="88" />
        <source>In %1</source>
        <translation>在 %1</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="89" />
        <source>In %n territories (%1)</source>
        <translation>在 %n 个地区（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="91" />
        <source>From %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="93" />
        <source>Buy the album it is on</source>
        <translation>购买收录它的专辑</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="94" />
        <source>Buy the track</source>
        <translation>购买这首曲目</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/unlock_text.cpp" line="101" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>accord::ui::BrowserModel</name>
    <message>
        <location filename="../../ui/models/browser_model.cpp" line="58" />
        <source>All tracks (%1)</source>
        <translation>全部曲目（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/models/browser_model.cpp" line="70" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>accord::ui::HistoryTab</name>
    <message>
        <location filename="../../ui/windows/history_tab.cpp" line="21" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/windows/history_tab.cpp" line="22" />
        <source>Keep a listening history</source>
        <translation>保留收听历史</translation>
    </message>
    <message>
        <location filename="../../ui/windows/history_tab.cpp" line="25" />
        <source>Clear History…</source>
        <translation>清除历史记录…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/history_tab.cpp" line="27" />
        <source>Accord notes what you play, when, for how long and what the licence allowed, for your listening report. It stays in your library on this computer: nothing is sent anywhere.</source>
        <translation>Accord 会记录您播放了什么、何时播放、播放多久以及授权允许的方式，用于生成收听报告。记录只保存在本机的音乐库中，不会发送到任何地方。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/history_tab.cpp" line="50" />
        <source>History cleared (%n plays deleted).</source>
        <translation><numerusform>历史记录已清除（删除了 %n 次播放）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/history_tab.cpp" line="59" />
        <source>Clear History</source>
        <translation>清除历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/windows/history_tab.cpp" line="60" />
        <source>Delete your whole listening history? Your listening report will be empty. This cannot be undone.</source>
        <translation>删除全部收听历史？收听报告将变为空白。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/history_tab.cpp" line="65" />
        <source>Clearing…</source>
        <translation>正在清除…</translation>
    </message>
</context>
<context>
    <name>accord::ui::LibraryPane</name>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="99" />
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="100" />
        <source>Albums</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="101" />
        <source>Genres</source>
        <translation>流派</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="102" />
        <source>Library browser</source>
        <translation>音乐库浏览</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="103" />
        <source>Tracks</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="156" />
        <source>Your library is empty</source>
        <translation>音乐库是空的</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="157" />
        <source>Add a music folder, drop files here, or try the demo library: a few generated tracks and a demo catalogue that shows every licence verdict.</source>
        <translation>添加音乐文件夹、把文件拖到这里，或者试试演示音乐库：几首生成的曲目和一份演示版权目录，涵盖每一种授权结果。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="162" />
        <source>Try the demo library</source>
        <translation>试用演示音乐库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="163" />
        <source>Add music folder…</source>
        <translation>添加音乐文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="305" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="307" />
        <source>Add to queue</source>
        <translation>加入播放队列</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/library_pane.cpp" line="309" />
        <source>Why can't I play this?</source>
        <translation>为什么不能播放？</translation>
    </message>
</context>
<context>
    <name>accord::ui::LibraryService</name>
    <message>
        <location filename="../../ui/bridge/library_service.cpp" line="285" />
        <source>Personal files the catalogue does not know may play</source>
        <translation>目录中没有的个人文件可以播放</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/library_service.cpp" line="286" />
        <source>Personal files the catalogue does not know may not play</source>
        <translation>目录中没有的个人文件不能播放</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/library_service.cpp" line="466" />
        <source>Scan finished: %1 files, %2 added, %3 updated, %4 removed, %5 unreadable</source>
        <translation>扫描完成：%1 个文件，新增 %2，更新 %3，移除 %4，无法读取 %5</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/library_service.cpp" line="84" />
        <source>ISRC tag (%1)</source>
        <translation>ISRC 标签（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/library_service.cpp" line="86" />
        <source>catalogue id tag (%1)</source>
        <translation>目录编号标签（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/library_service.cpp" line="88" />
        <source>audio fingerprint: recording %1 (%2% confidence)</source>
        <translation>音频指纹：录音 %1（置信度 %2%）</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/library_service.cpp" line="90" />
        <source>title and artist: recording %1 (%2% confidence)</source>
        <translation>标题和艺术家：录音 %1（置信度 %2%）</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/library_service.cpp" line="94" />
        <source>not identified: no ISRC tag, no catalogue match</source>
        <translation>未识别：没有 ISRC 标签，目录中无匹配</translation>
    </message>
    <message>
        <location filename="../../ui/bridge/library_service.cpp" line="95" />
        <source>not identified: ISRC %1 is not in the catalogue</source>
        <translation>未识别：目录中没有 ISRC %1</translation>
    </message>
</context>
<context>
    <name>accord::ui::LyricsController</name>
    <message>
        <location filename="../../ui/windows/lyrics_controller.cpp" line="23" />
        <source>Lyrics</source>
        <translation>歌词</translation>
    </message>
</context>
<context>
    <name>accord::ui::LyricsPane</name>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="78" />
        <source>Show the lyrics 0.1 s earlier</source>
        <translation>歌词提前 0.1 秒显示</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="79" />
        <source>Lyrics earlier</source>
        <translation>歌词提前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="80" />
        <source>Show the lyrics 0.1 s later</source>
        <translation>歌词推迟 0.1 秒显示</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="81" />
        <source>Lyrics later</source>
        <translation>歌词推迟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="82" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="83" />
        <source>No offset: the lyrics' own times</source>
        <translation>无偏移：使用歌词自带的时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="199" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="200" />
        <source>Lyrics offset (positive: lines come sooner); remembered for this track</source>
        <translation>歌词偏移（正值：歌词提前出现）；为这首曲目记住</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="204" />
        <source>Lyrics of the track playing show here.</source>
        <translation>正在播放的曲目的歌词显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="208" />
        <source>Looking for lyrics…</source>
        <translation>正在查找歌词…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="212" />
        <source>No lyrics

Put a .lrc file with the same name beside the track, or embed lyrics in its tags.</source>
        <translation>没有歌词

在曲目旁放一个同名的 .lrc 文件，或将歌词嵌入其标签。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="218" />
        <source>%1 tag</source>
        <translation>%1 标签</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="219" />
        <source>Synced · %1</source>
        <translation>同步 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lyrics_pane.cpp" line="219" />
        <source>Unsynced · %1</source>
        <translation>未同步 · %1</translation>
    </message>
</context>
<context>
    <name>accord::ui::MainWindow</name>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="255" />
        <location filename="../../ui/windows/main_window.cpp" line="320" />
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="169" />
        <source>Filter: title, artist, album, alias…</source>
        <translation>筛选：标题、艺术家、专辑、别名…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="170" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="171" />
        <location filename="../../ui/windows/main_window.cpp" line="172" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="84" />
        <location filename="../../ui/windows/main_window.cpp" line="203" />
        <source>Queue</source>
        <translation>播放队列</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="204" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="205" />
        <source>Remove every track from the queue</source>
        <translation>移除队列中的所有曲目</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="48" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="50" />
        <source>&amp;Add Music Folder…</source>
        <translation>添加音乐文件夹(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="59" />
        <source>&amp;Open Files…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="54" />
        <source>Add files to the queue</source>
        <translation>将文件加入播放队列</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="55" />
        <source>Audio (*.flac *.mp3 *.ogg *.opus *.wav *.aiff *.aif)</source>
        <translation>音频 (*.flac *.mp3 *.ogg *.opus *.wav *.aiff *.aif)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="63" />
        <source>&amp;Rescan Music Folders</source>
        <translation>重新扫描音乐文件夹(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="67" />
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="70" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="73" />
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="76" />
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="79" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="82" />
        <source>Next</source>
        <translation>下一首</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="85" />
        <source>Previous</source>
        <translation>上一首</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="88" />
        <source>Seek Forward 10 s</source>
        <translation>快进 10 秒</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="91" />
        <source>Seek Back 10 s</source>
        <translation>快退 10 秒</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="97" />
        <source>Volume Up</source>
        <translation>增大音量</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="103" />
        <source>Volume Down</source>
        <translation>减小音量</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="107" />
        <source>Shuffle Queue</source>
        <translation>随机排列队列</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="109" />
        <source>Remove From Queue</source>
        <translation>从队列中移除</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="112" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="118" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="125" />
        <source>Why Can't I Play This?</source>
        <translation>为什么不能播放？</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="129" />
        <source>Listening &amp;Report…</source>
        <translation>收听报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="131" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="137" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="140" />
        <source>Scan &amp;ReplayGain…</source>
        <translation>扫描回放增益(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="142" />
        <source>Load &amp;Demo Library</source>
        <translation>载入演示音乐库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="145" />
        <source>Run &amp;Scenario…</source>
        <translation>运行场景(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="147" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="156" />
        <source>&amp;About Accord</source>
        <translation>关于 Accord(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="152" />
        <source>About Accord</source>
        <translation>关于 Accord</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window_menus.cpp" line="153" />
        <source>&lt;b&gt;Accord&lt;/b&gt;&lt;br&gt;A gapless, bit-perfect music player that explains every licence decision.&lt;br&gt;GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;Accord&lt;/b&gt;&lt;br&gt;无缝、比特级精确的音乐播放器，并解释每一个授权决定。&lt;br&gt;GPL-3.0-or-later。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="206" />
        <source>Clear the queue</source>
        <translation>清空播放队列</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="234" />
        <source>Unreadable files</source>
        <translation>无法读取的文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.cpp" line="235" />
        <source>%n file(s) could not be read.</source>
        <translation><numerusform>%n 个文件无法读取。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="275" />
        <source>Library is empty</source>
        <translation>音乐库为空</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.cpp" line="276" />
        <location filename="../../ui/windows/main_window.cpp" line="367" />
        <source>%n track(s)</source>
        <translation><numerusform>%n 首曲目</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.cpp" line="278" />
        <source>%n hour(s)</source>
        <translation><numerusform>%n 小时</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="287" />
        <source>Scanning: %1 of %2 files</source>
        <translation>正在扫描：%1 / %2 个文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/main_window.cpp" line="294" />
        <source>%n unreadable</source>
        <translation><numerusform>%n 个无法读取</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="303" />
        <source>QA MODE — availability shown for %1</source>
        <translation>测试模式 — 显示的是以下条件下的可用性：%1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="366" />
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="373" />
        <source>Add a music folder</source>
        <translation>添加音乐文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="410" />
        <source>Keep Accord running?</source>
        <translation>让 Accord 继续运行？</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="411" />
        <source>Accord can keep playing in the tray with its window closed; click the tray icon to bring the window back.</source>
        <translation>Accord 可以在窗口关闭后留在系统托盘中继续播放；点击托盘图标即可重新打开窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="415" />
        <source>Keep running in the tray</source>
        <translation>在托盘中继续运行</translation>
    </message>
    <message>
        <location filename="../../ui/windows/main_window.cpp" line="416" />
        <source>Quit Accord</source>
        <translation>退出 Accord</translation>
    </message>
</context>
<context>
    <name>accord::ui::NowPlayingPanel</name>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="36" />
        <source>source</source>
        <translation>音源</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="38" />
        <source>no processing</source>
        <translation>无处理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="41" />
        <source>%1 (device)</source>
        <translation>%1（设备）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="42" />
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="91" />
        <source>Bit-perfect</source>
        <translation>比特精确</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="95" />
        <source>Preview 0:30</source>
        <translation>试听 0:30</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="92" />
        <source>Capped</source>
        <translation>音质受限</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="93" />
        <source>Signal path: source format, processing, output device format</source>
        <translation>信号路径：音源格式、处理、输出设备格式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="103" />
        <source>Preview %1</source>
        <translation>试听 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="96" />
        <source>Nothing playing</source>
        <translation>未在播放</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/now_playing_panel.cpp" line="97" />
        <source>Double-click a track or drop files here</source>
        <translation>双击曲目或把文件拖到这里</translation>
    </message>
</context>
<context>
    <name>accord::ui::PlaylistBrowser</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/playlist_browser.cpp" line="97" />
        <source>%n missing</source>
        <translation><numerusform>%n 首缺失</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/playlist_browser.cpp" line="94" />
        <source>%n track(s)</source>
        <translation><numerusform>%n 首曲目</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_browser.cpp" line="77" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_browser.cpp" line="75" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_browser.cpp" line="50" />
        <location filename="../../ui/widgets/playlist_browser.cpp" line="51" />
        <source>New playlist</source>
        <translation>新建播放列表</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_browser.cpp" line="73" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_browser.cpp" line="49" />
        <location filename="../../ui/widgets/playlist_browser.cpp" line="52" />
        <source>Playlists</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_browser.cpp" line="74" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
</context>
<context>
    <name>accord::ui::PlaylistController</name>
    <message numerus="yes">
        <location filename="../../ui/windows/playlist_controller.cpp" line="370" />
        <source>%n missing</source>
        <translation><numerusform>%n 首缺失</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="215" />
        <source>&amp;Add Selected Tracks To</source>
        <translation>将所选曲目添加到(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="217" />
        <source>&amp;Delete Playlist</source>
        <translation>删除播放列表(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="219" />
        <source>&amp;Export Playlist…</source>
        <translation>导出播放列表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="218" />
        <source>&amp;Import Playlist…</source>
        <translation>导入播放列表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="213" />
        <source>&amp;New Playlist…</source>
        <translation>新建播放列表(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="216" />
        <source>&amp;Rename Playlist…</source>
        <translation>重命名播放列表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="214" />
        <source>&amp;Save Queue as Playlist…</source>
        <translation>将播放队列保存为播放列表(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/playlist_controller.cpp" line="188" />
        <location filename="../../ui/windows/playlist_controller.cpp" line="334" />
        <source>Added %n track(s) to the playlist.</source>
        <translation><numerusform>已将 %n 首曲目添加到播放列表。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="146" />
        <source>Choose a playlist to export first.</source>
        <translation>请先选择要导出的播放列表。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="79" />
        <location filename="../../ui/windows/playlist_controller.cpp" line="149" />
        <source>Export Playlist</source>
        <translation>导出播放列表</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="380" />
        <source>Exported the playlist to %1.</source>
        <translation>已将播放列表导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="139" />
        <source>Import Playlist</source>
        <translation>导入播放列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/playlist_controller.cpp" line="369" />
        <source>Imported “%1”: %n entry(s)</source>
        <translation><numerusform>已导入“%1”：%n 个条目</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="66" />
        <location filename="../../ui/windows/playlist_controller.cpp" line="161" />
        <location filename="../../ui/windows/playlist_controller.cpp" line="182" />
        <source>New Playlist</source>
        <translation>新建播放列表</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="181" />
        <source>New Playlist…</source>
        <translation>新建播放列表…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="66" />
        <location filename="../../ui/windows/playlist_controller.cpp" line="161" />
        <location filename="../../ui/windows/playlist_controller.cpp" line="182" />
        <source>New playlist</source>
        <translation>新建播放列表</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="394" />
        <source>Nothing in this playlist can play here.</source>
        <translation>此播放列表中没有可在此处播放的曲目。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="212" />
        <source>P&amp;laylists</source>
        <translation>播放列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="227" />
        <source>Playlist name:</source>
        <translation>播放列表名称：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="235" />
        <source>Playlist: %1</source>
        <translation>播放列表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="30" />
        <source>Playlists (*.m3u8 *.m3u *.pls *.xspf)</source>
        <translation>播放列表 (*.m3u8 *.m3u *.pls *.xspf)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="167" />
        <source>Queue</source>
        <translation>播放队列</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="72" />
        <source>Rename Playlist</source>
        <translation>重命名播放列表</translation>
    </message>
    <message>
        <location filename="../../ui/windows/playlist_controller.cpp" line="167" />
        <source>Save Queue as Playlist</source>
        <translation>将播放队列保存为播放列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/windows/playlist_controller.cpp" line="319" />
        <source>Saved the queue as “%1” (%n track(s)).</source>
        <translation><numerusform>已将播放队列保存为“%1”（%n 首曲目）。</numerusform></translation>
    </message>
</context>
<context>
    <name>accord::ui::PlaylistItemsModel</name>
    <message>
        <location filename="../../ui/models/playlist_items_model.cpp" line="152" />
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../ui/models/playlist_items_model.cpp" line="150" />
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../ui/models/playlist_items_model.cpp" line="93" />
        <location filename="../../ui/models/playlist_items_model.cpp" line="107" />
        <source>Missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <location filename="../../ui/models/playlist_items_model.cpp" line="154" />
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/models/playlist_items_model.cpp" line="148" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>accord::ui::PlaylistTracksModel</name>
    <message>
        <location filename="../../ui/models/playlist_tracks_model.cpp" line="59" />
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <location filename="../../ui/models/playlist_tracks_model.cpp" line="60" />
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <location filename="../../ui/models/playlist_tracks_model.cpp" line="61" />
        <source>Not licensed for download</source>
        <translation>未授权下载</translation>
    </message>
    <message>
        <location filename="../../ui/models/playlist_tracks_model.cpp" line="105" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/models/playlist_tracks_model.cpp" line="107" />
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../ui/models/playlist_tracks_model.cpp" line="109" />
        <source>Licence</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../ui/models/playlist_tracks_model.cpp" line="111" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>accord::ui::PlaylistView</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/playlist_view.cpp" line="112" />
        <source>%n missing</source>
        <translation><numerusform>%n 首缺失</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/playlist_view.cpp" line="110" />
        <source>%n track(s)</source>
        <translation><numerusform>%n 首曲目</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_view.cpp" line="82" />
        <location filename="../../ui/widgets/playlist_view.cpp" line="84" />
        <location filename="../../ui/widgets/playlist_view.cpp" line="99" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_view.cpp" line="81" />
        <location filename="../../ui/widgets/playlist_view.cpp" line="83" />
        <location filename="../../ui/widgets/playlist_view.cpp" line="98" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_view.cpp" line="97" />
        <source>Play from here</source>
        <translation>从这里播放</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_view.cpp" line="85" />
        <source>Playlist items</source>
        <translation>播放列表曲目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playlist_view.cpp" line="101" />
        <source>Remove from playlist</source>
        <translation>从播放列表中移除</translation>
    </message>
</context>
<context>
    <name>accord::ui::QueueView</name>
    <message>
        <location filename="../../ui/widgets/queue_view.cpp" line="27" />
        <source>Play queue</source>
        <translation>播放队列</translation>
    </message>
</context>
<context>
    <name>accord::ui::ReplayGainDialog</name>
    <message numerus="yes">
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="22" />
        <source>Selected tracks (%n)</source>
        <translation><numerusform>所选曲目（%n）</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="23" />
        <source>Whole library</source>
        <translation>整个音乐库</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="24" />
        <source>Album and track gain (albums as the library groups them)</source>
        <translation>专辑和曲目增益（按音乐库的专辑分组）</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="25" />
        <source>Track gain only</source>
        <translation>仅曲目增益</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="26" />
        <source>Also write the values into the files' tags (changes your files)</source>
        <translation>同时将数值写入文件标签（会修改您的文件）</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="30" />
        <source>Scan ReplayGain</source>
        <translation>扫描回放增益</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="43" />
        <source>Measures loudness (EBU R128) and true peak on all cores and stores ReplayGain 2.0 values (reference -18 LUFS) in the library. Playback uses them for files without ReplayGain tags when ReplayGain is on in Settings.</source>
        <translation>在所有 CPU 核心上测量响度（EBU R128）和真峰值，并将 ReplayGain 2.0 数值（参考 -18 LUFS）存入音乐库。在设置中开启回放增益后，没有 ReplayGain 标签的文件播放时将使用这些数值。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="48" />
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="52" />
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="62" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="91" />
        <source>Write ReplayGain tags?</source>
        <translation>写入 ReplayGain 标签？</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="92" />
        <source>Accord will write REPLAYGAIN_* (R128_* for Opus) tags into the scanned files. Other tags and the audio stay as they are. Write the tags?</source>
        <translation>Accord 将把 REPLAYGAIN_*（Opus 为 R128_*）标签写入扫描过的文件。其他标签和音频保持不变。要写入标签吗？</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="102" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="104" />
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="111" />
        <source>%1 of %2: %3</source>
        <translation>%1 / %2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="120" />
        <source>Cancelled: %1 of %2 files measured.</source>
        <translation>已取消：已测量 %1 / %2 个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="121" />
        <source>%1 of %2 files measured in %3 s.</source>
        <translation>%3 秒内测量了 %1 / %2 个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="123" />
        <source>Stored in the library: %1. Tags written: %2.</source>
        <translation>已存入音乐库：%1。已写入标签：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="127" />
        <source>and %1 more problems</source>
        <translation>以及另外 %1 个问题</translation>
    </message>
    <message>
        <location filename="../../ui/windows/replaygain_dialog.cpp" line="129" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>accord::ui::ReportWindow</name>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="41" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="42" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="86" />
        <source>Listening Report</source>
        <translation>收听报告</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="88" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="89" />
        <source>Last month</source>
        <translation>最近一个月</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="90" />
        <source>Last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="91" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="100" />
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="105" />
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="114" />
        <source>listened</source>
        <translation>已收听</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="115" />
        <source>plays</source>
        <translation>次播放</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="116" />
        <source>of the time in hi-res</source>
        <translation>的时间为高解析度</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="117" />
        <source>of plays were previews</source>
        <translation>的播放为试听</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="118" />
        <source>blocked attempts</source>
        <translation>次被阻止的尝试</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="120" />
        <source>Minutes by hour of the day (local time)</source>
        <translation>按一天中各小时统计的分钟数（本地时间）</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="127" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="145" />
        <source>By time</source>
        <translation>按时长</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="146" />
        <source>By plays</source>
        <translation>按播放次数</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="147" />
        <location filename="../../ui/windows/report_window.cpp" line="148" />
        <location filename="../../ui/windows/report_window.cpp" line="149" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="147" />
        <location filename="../../ui/windows/report_window.cpp" line="150" />
        <source>Track</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="147" />
        <location filename="../../ui/windows/report_window.cpp" line="148" />
        <location filename="../../ui/windows/report_window.cpp" line="149" />
        <location filename="../../ui/windows/report_window.cpp" line="150" />
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="147" />
        <location filename="../../ui/windows/report_window.cpp" line="148" />
        <location filename="../../ui/windows/report_window.cpp" line="149" />
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="147" />
        <location filename="../../ui/windows/report_window.cpp" line="148" />
        <location filename="../../ui/windows/report_window.cpp" line="149" />
        <source>Plays</source>
        <translation>播放次数</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="149" />
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="150" />
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="150" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="152" />
        <source>Top Tracks</source>
        <translation>热门曲目</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="153" />
        <source>Top Artists</source>
        <translation>热门艺术家</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="154" />
        <source>Top Albums</source>
        <translation>热门专辑</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="155" />
        <source>Blocked</source>
        <translation>不可播放</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="182" />
        <location filename="../../ui/windows/report_window.cpp" line="184" />
        <source>Export as PNG</source>
        <translation>导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="182" />
        <source>listening-report.png</source>
        <translation>listening-report.png</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="182" />
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="184" />
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="238" />
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="254" />
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/windows/report_window.cpp" line="259" />
        <source>%1 finished, %2 skipped</source>
        <translation>%1 首听完，%2 首跳过</translation>
    </message>
</context>
<context>
    <name>accord::ui::ScenarioCheckModel</name>
    <message>
        <location filename="../../ui/models/scenario_check_model.cpp" line="104" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_check_model.cpp" line="108" />
        <source>fixtures (no check ran)</source>
        <translation>测试数据（未运行检查）</translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_check_model.cpp" line="118" />
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_check_model.cpp" line="119" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_check_model.cpp" line="120" />
        <source>unasserted</source>
        <translation>未断言</translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_check_model.cpp" line="147" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_check_model.cpp" line="149" />
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_check_model.cpp" line="151" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_check_model.cpp" line="153" />
        <source>Context</source>
        <translation>情境</translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_check_model.cpp" line="155" />
        <source>Expected vs actual</source>
        <translation>预期与实际</translation>
    </message>
</context>
<context>
    <name>accord::ui::ScenarioDialog</name>
    <message>
        <location filename="../../ui/windows/scenario_dialog.cpp" line="32" />
        <source>Run Scenario</source>
        <translation>运行场景</translation>
    </message>
    <message>
        <location filename="../../ui/windows/scenario_dialog.cpp" line="42" />
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../ui/windows/scenario_dialog.cpp" line="43" />
        <source>Load Context into QA Mode</source>
        <translation>将情境载入 QA 模式</translation>
    </message>
    <message>
        <location filename="../../ui/windows/scenario_dialog.cpp" line="56" />
        <source>%1 of %2 checks</source>
        <translation>%1 / %2 项检查</translation>
    </message>
    <message>
        <location filename="../../ui/windows/scenario_dialog.cpp" line="80" />
        <source>Scenario: %1</source>
        <translation>场景：%1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/scenario_dialog.cpp" line="82" />
        <source>Reading the scenario…</source>
        <translation>正在读取场景…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/scenario_dialog.cpp" line="97" />
        <source>The scenario could not be read: %1</source>
        <translation>无法读取场景：%1</translation>
    </message>
    <message>
        <location filename="../../ui/windows/scenario_dialog.cpp" line="100" />
        <source>%1 passed, %2 failed, %3 unasserted</source>
        <translation>%1 项通过，%2 项失败，%3 项未断言</translation>
    </message>
</context>
<context>
    <name>accord::ui::SeekSlider</name>
    <message>
        <location filename="../../ui/widgets/seek_slider.cpp" line="21" />
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
</context>
<context>
    <name>accord::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="37" />
        <source>ISO 3166-1 alpha-2 country code</source>
        <translation>ISO 3166-1 两位国家/地区代码</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="44" />
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="45" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="46" />
        <source>SVIP (hi-res)</source>
        <translation>SVIP（高解析度）</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="53" />
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="54" />
        <source>Car</source>
        <translation>车载</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="55" />
        <source>TV</source>
        <translation>电视</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="100" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="101" />
        <source>Library</source>
        <translation>音乐库</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="102" />
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="103" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="104" />
        <source>QA mode</source>
        <translation>测试模式</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="109" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="143" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="144" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="146" />
        <source>Add a music folder</source>
        <translation>添加音乐文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="159" />
        <source>Accord scans these folders and watches them for changes.</source>
        <translation>Accord 会扫描这些文件夹并监视其中的变化。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="168" />
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="171" />
        <source>Test tone</source>
        <translation>测试音</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="178" />
        <source>Resample everything to</source>
        <translation>全部重采样为</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="181" />
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="188" />
        <source>Off (bit-perfect)</source>
        <translation>关闭（比特精确）</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="189" />
        <source>Track gain</source>
        <translation>单曲增益</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="190" />
        <source>Album gain</source>
        <translation>专辑增益</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="191" />
        <source>Prevent clipping using the peak</source>
        <translation>根据峰值防止削波</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="194" />
        <source>Output device:</source>
        <translation>输出设备：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="195" />
        <source>Fixed rate:</source>
        <translation>固定采样率：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="196" />
        <source>Fixed-rate output keeps playback gapless across sample rates, but it is not bit-perfect.</source>
        <translation>固定采样率输出能在不同采样率之间保持无缝播放，但不再是比特精确。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="202" />
        <source>ReplayGain:</source>
        <translation>回放增益：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="204" />
        <source>Keep playing in the tray when the window is closed</source>
        <translation>关闭窗口后在系统托盘中继续播放</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="216" />
        <source>Set by the catalogue (none loaded)</source>
        <translation>由版权目录决定（尚未载入目录）</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="219" />
        <source>The licence catalogue sets this; it cannot be changed here.</source>
        <translation>此项由版权目录设定，不能在这里修改。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="221" />
        <location filename="../../ui/windows/settings_dialog.cpp" line="246" />
        <source>Territory:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="222" />
        <source>Subscription tier:</source>
        <translation>会员等级：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="223" />
        <location filename="../../ui/windows/settings_dialog.cpp" line="248" />
        <source>Device class:</source>
        <translation>设备类型：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="224" />
        <source>Personal files:</source>
        <translation>个人文件：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="231" />
        <source>Preview availability as another listener (QA mode)</source>
        <translation>以其他听众身份预览可用性（测试模式）</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="239" />
        <source>Use the current time</source>
        <translation>使用当前时间</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="247" />
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="249" />
        <source>Date and time:</source>
        <translation>日期和时间：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="251" />
        <source>While QA mode is on, the whole library's availability is decided for this context, and an orange bar says so.</source>
        <translation>测试模式开启时，整个音乐库的可用性都按这里的条件判断，窗口顶部会显示橙色提示条。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="266" />
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="270" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/settings_dialog.cpp" line="271" />
        <source>The window changes language as soon as you apply.</source>
        <translation>点击“应用”后，窗口立即切换语言。</translation>
    </message>
</context>
<context>
    <name>accord::ui::SubscriberPane</name>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="226" />
        <source>%1 of %2 · %3 of %4 tracks</source>
        <extracomment>Download progress: "1.2 MB of 3.4 MB · 1 of 2 tracks"</extracomment>
        <translation>%1 / %2 · %3 / %4 首曲目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="241" />
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="243" />
        <source>Download cancelled</source>
        <translation>下载已取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="245" />
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="265" />
        <source>Service playlists</source>
        <translation>服务播放列表</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="266" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="266" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="268" />
        <source>Synced playlists</source>
        <translation>已同步的播放列表</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="269" />
        <source>Playlist tracks</source>
        <translation>播放列表曲目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="270" />
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="271" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="273" />
        <source>Not set up: enter your service's feed in Settings &gt; Subscription.</source>
        <translation>尚未设置：请在“设置 &gt; 订阅”中填写服务的订阅源。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="276" />
        <source>No lease yet: register this device with your service, then sync.</source>
        <translation>尚无租约：请先向服务注册此设备，然后同步。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="278" />
        <source>This device was revoked.</source>
        <translation>此设备已被撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="282" />
        <source>Offline: 1 day left</source>
        <translation>离线：剩余 1 天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="282" />
        <source>Offline: %1 days left</source>
        <translation>离线：剩余 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="284" />
        <source>Offline play lasts until %1; a sync renews it.</source>
        <translation>离线播放可持续到 %1；同步后续期。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="290" />
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="292" />
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="296" />
        <source>Sync failed: %1 The playlists shown are from the last good sync.</source>
        <translation>同步失败：%1 显示的播放列表来自上次成功的同步。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subscriber_pane.cpp" line="299" />
        <source>Sync refused (%1): %2 The playlists shown are from the last good sync.</source>
        <extracomment>A refused sync: its reason code (rollback, bad_signature...) and the details.</extracomment>
        <translation>同步被拒绝（%1）：%2 显示的播放列表来自上次成功的同步。</translation>
    </message>
</context>
<context>
    <name>accord::ui::SubscriberPlaylistModel</name>
    <message>
        <location filename="../../ui/models/subscriber_playlist_model.cpp" line="53" />
        <source>%1 (%2/%3)</source>
        <extracomment>A synced playlist in the browser: its title, then downloaded/total tracks.</extracomment>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <location filename="../../ui/models/subscriber_playlist_model.cpp" line="55" />
        <source>Tracks: %1, downloaded: %2</source>
        <translation>曲目：%1，已下载：%2</translation>
    </message>
</context>
<context>
    <name>accord::ui::SubscriptionTab</name>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="26" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="47" />
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="49" />
        <source>root/1.json from your service</source>
        <translation>服务提供的 root/1.json</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="50" />
        <source>Optional: the service's CA certificate</source>
        <translation>可选：服务的 CA 证书</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="51" />
        <source>Set up this device</source>
        <translation>设置此设备</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="55" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="56" />
        <source>Copy the device id and public key, to register this device with your service</source>
        <translation>复制设备 ID 和公钥，用于向服务注册此设备</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="58" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="59" />
        <source>Only on demand</source>
        <translation>仅手动</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="65" />
        <source>Feed URL:</source>
        <translation>订阅源网址：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="66" />
        <source>Root file:</source>
        <translation>根文件：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="66" />
        <source>The service's root file</source>
        <translation>服务的根文件</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="67" />
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="67" />
        <source>The service's CA certificate</source>
        <translation>服务的 CA 证书</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="72" />
        <source>Device id:</source>
        <translation>设备 ID：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="73" />
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="74" />
        <source>Sync every:</source>
        <translation>同步间隔：</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="79" />
        <source>Setting up…</source>
        <translation>正在设置…</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="88" />
        <source>Set up. Register the device id and public key with your service.</source>
        <translation>已设置。请向服务注册设备 ID 和公钥。</translation>
    </message>
    <message>
        <location filename="../../ui/windows/subscription_tab.cpp" line="89" />
        <source>Could not set up: %1</source>
        <translation>无法设置：%1</translation>
    </message>
</context>
<context>
    <name>accord::ui::TrackTableModel</name>
    <message>
        <location filename="../../ui/models/track_table_model.cpp" line="216" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/models/track_table_model.cpp" line="218" />
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../ui/models/track_table_model.cpp" line="220" />
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../ui/models/track_table_model.cpp" line="222" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/models/track_table_model.cpp" line="224" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/models/track_table_model.cpp" line="226" />
        <source>Genre</source>
        <translation>流派</translation>
    </message>
    <message>
        <location filename="../../ui/models/track_table_model.cpp" line="228" />
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/models/track_table_model.cpp" line="230" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/models/track_table_model.cpp" line="232" />
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>accord::ui::TransportBar</name>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="110" />
        <source>Previous</source>
        <translation>上一首</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="128" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="110" />
        <source>Next</source>
        <translation>下一首</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="111" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="111" />
        <source>Shuffle the queue</source>
        <translation>随机排列队列</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="168" />
        <source>Repeat: off</source>
        <translation>循环：关</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="112" />
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="116" />
        <source>Volume (100% is bit-perfect)</source>
        <translation>音量（100% 为比特精确）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="117" />
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="128" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="169" />
        <source>Repeat: all</source>
        <translation>循环：全部</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transport_bar.cpp" line="170" />
        <source>Repeat: one</source>
        <translation>循环：单曲</translation>
    </message>
</context>
<context>
    <name>accord::ui::TrayIcon</name>
    <message>
        <location filename="../../ui/desktop/tray_icon.cpp" line="35" />
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/tray_icon.cpp" line="36" />
        <source>Next</source>
        <translation>下一首</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/tray_icon.cpp" line="37" />
        <source>Previous</source>
        <translation>上一首</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/tray_icon.cpp" line="38" />
        <source>Show Accord</source>
        <translation>显示 Accord</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/tray_icon.cpp" line="39" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/desktop/tray_icon.cpp" line="57" />
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
</context>
<context>
    <name>accord::ui::UiApplication</name>
    <message>
        <location filename="../../ui/application/ui_application.cpp" line="177" />
        <source>Skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/application/ui_application.cpp" line="280" />
        <source>No music folders to rescan: add one first</source>
        <translation>没有可重新扫描的音乐文件夹：请先添加一个</translation>
    </message>
    <message>
        <location filename="../../ui/application/ui_application_scenario.cpp" line="40" />
        <source>Run a QA scenario</source>
        <translation>运行 QA 场景</translation>
    </message>
    <message>
        <location filename="../../ui/application/ui_application_scenario.cpp" line="41" />
        <source>Accord scenarios (*.toml)</source>
        <translation>Accord 场景 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/application/ui_application_sync.cpp" line="54" />
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../../ui/application/ui_application_sync.cpp" line="56" />
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/application/ui_application_sync.cpp" line="58" />
        <source>Sync refused (%1): %2</source>
        <translation>同步被拒绝（%1）：%2</translation>
    </message>
</context>
<context>
    <name>accord::ui::WhyPanel</name>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="28" />
        <source>What would make it playable</source>
        <translation>怎样才能播放</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="31" />
        <source>Nothing would: no other tier, device class, territory, later date or purchase the catalogue offers changes this.</source>
        <translation>没有办法：目录中没有其他会员等级、设备类型、地区、之后的日期或可购买的选项能改变这一点。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="42" />
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="53" />
        <source>Deals considered</source>
        <translation>参考的授权协议</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="55" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="57" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="58" />
        <source>no scheduled change</source>
        <translation>没有已知的变更时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="59" />
        <source>Identified by</source>
        <translation>识别方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="60" />
        <source>not identified</source>
        <translation>未识别</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="62" />
        <source>Checked for</source>
        <translation>判断条件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="109" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="110" />
        <source>Why can't I play this?</source>
        <translation>为什么不能播放？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="128" />
        <source>About “%1”</source>
        <translation>关于“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/why_panel.cpp" line="129" />
        <source>Why can't I play “%1”?</source>
        <translation>为什么不能播放“%1”？</translation>
    </message>
</context>
</TS>